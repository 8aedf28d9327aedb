package no.arsberetning.gateway.reports;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.report.ReportDocument.Chapter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's CPU time to turn the services' reports (as they sent them) into the composed report's JSON:
 * each read into the report document's records, put together and written again, as
 * {@code GET /api/reports/{year}} does. Thread CPU time after a warm-up, so the machine's other load does not
 * count. {@code bench/run} runs {@link #main} on the reports of a running platform; {@code CompositionCostTest}
 * runs it once on generated reports, so a change that breaks it breaks the build.
 */
public final class CompositionCost {

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final List<byte[]> reports;

    CompositionCost(List<byte[]> reports) {
        this.reports = List.copyOf(reports);
    }

    /** Arguments: the services' report files. Prints one JSON line. */
    public static void main(String[] args) throws Exception {
        List<byte[]> reports = new ArrayList<>();
        for (String file : args) {
            reports.add(Files.readAllBytes(Path.of(file)));
        }
        System.out.println(new CompositionCost(reports).measure(300, 200));
    }

    /** The composed report's JSON, once. */
    byte[] compose() {
        List<Chapter> chapters = new ArrayList<>();
        for (byte[] report : reports) {
            chapters.addAll(mapper.readValue(report, ReportDocument.class).chapters());
        }
        return mapper.writeValueAsBytes(new ComposedReport(2023, "Årsberetning 2023", "Trondheim kommune", Instant.now(), null,
                List.of(), chapters, List.of(), null));
    }

    /** CPU milliseconds per composition (p50, p90 of {@code runs}, after {@code warmUp} compositions), as JSON. */
    String measure(int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            compose();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long started = threads.getCurrentThreadCpuTime();
            bytes = compose().length;
            ms[i] = (threads.getCurrentThreadCpuTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        long input = reports.stream().mapToLong(r -> r.length).sum();
        return String.format(Locale.ROOT, "{\"inputBytes\":%d,\"composedBytes\":%d,\"runs\":%d,\"cpuMs\":{\"p50\":%.3f,\"p90\":%.3f}}",
                input, bytes, runs, ms[runs / 2], ms[runs * 9 / 10]);
    }
}
