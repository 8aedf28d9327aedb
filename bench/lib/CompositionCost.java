package no.arsberetning.gateway.reports;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.report.ReportDocument.Chapter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's CPU time to turn the services' reports (files given as arguments, as the services sent
 * them) into the composed report's JSON: bound to records and written again (the HTML/PDF path, and the
 * API's before the change) against the chapters passed through ({@link ComposedReportJson}). Thread CPU
 * time, so the machine's other load does not count. Prints one JSON line. Run by bench/run.
 */
public final class CompositionCost {

    public static void main(String[] args) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        ComposedReportJson json = new ComposedReportJson(mapper);
        List<byte[]> reports = new ArrayList<>();
        for (String file : args) {
            reports.add(Files.readAllBytes(Path.of(file)));
        }
        Runnable bound = () -> {
            List<Chapter> chapters = new ArrayList<>();
            for (byte[] report : reports) {
                chapters.addAll(mapper.readValue(report, ReportDocument.class).chapters());
            }
            mapper.writeValueAsBytes(new ComposedReport(2023, "Årsberetning 2023", "Trondheim kommune", Instant.now(), null,
                    List.of(), chapters, List.of(), null));
        };
        Runnable passedThrough = () -> {
            List<ComposedReportJson.Chapters> parts = new ArrayList<>();
            for (byte[] report : reports) {
                parts.add(json.chaptersOf(report));
            }
            json.write(new ComposedReport(2023, "Årsberetning 2023", "Trondheim kommune", Instant.now(), null,
                    List.of(), List.of(), List.of(), null), parts).toByteArray();
        };
        for (int i = 0; i < 300; i++) { // warm-up (JIT)
            bound.run();
            passedThrough.run();
        }
        double[] boundMs = cpuMillis(bound, 200);
        double[] passedMs = cpuMillis(passedThrough, 200);
        long bytes = reports.stream().mapToLong(r -> r.length).sum();
        System.out.printf(java.util.Locale.ROOT,
                "{\"inputBytes\":%d,\"boundCpuMs\":{\"p50\":%.3f,\"p90\":%.3f},\"passedThroughCpuMs\":{\"p50\":%.3f,\"p90\":%.3f}}%n",
                bytes, boundMs[0], boundMs[1], passedMs[0], passedMs[1]);
    }

    private static double[] cpuMillis(Runnable work, int runs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = threads.getCurrentThreadCpuTime();
            work.run();
            ms[i] = (threads.getCurrentThreadCpuTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[runs * 9 / 10]};
    }
}
