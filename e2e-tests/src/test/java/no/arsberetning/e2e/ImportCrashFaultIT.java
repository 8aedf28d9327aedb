package no.arsberetning.e2e;

import static no.arsberetning.e2e.FaultHttp.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import no.arsberetning.e2e.FaultHttp.Timed;
import no.arsberetning.e2e.Platform.Service;

/**
 * A service killed ({@code kill -9}) in the middle of a large import — the whole year's template of the
 * service with every number changed —, then started again: the tables are entirely as before the import
 * or entirely as after it, never a mix (a batch the crash left pending is completed on start).
 */
class ImportCrashFaultIT {

    private static final Service SERVICE = Service.SERVICES_GOALS;
    private static final String PROGRAM = "services-goals-service";
    private static final String TEMPLATE = "/api/" + SERVICE.api + "/2023/template.xlsx";
    private static final String IMPORTS = "/api/" + SERVICE.api + "/2023/imports";

    @Test
    void anImportKilledHalfWayIsEitherWhollyThereOrNotAtAll() throws Exception {
        String controller = Tokens.forUser("controller");
        byte[] original = FaultHttp.bytes(SERVICE.direct, TEMPLATE, controller);
        byte[] first = ImportFiles.withEveryNumber(original, "7 001");
        byte[] second = ImportFiles.withEveryNumber(original, "7 002");
        List<List<List<String>>> before = ImportFiles.sheets(original);
        List<List<List<String>>> afterFirst = ImportFiles.sheets(first);
        List<List<List<String>>> afterSecond = ImportFiles.sheets(second);
        System.out.printf("[faults] import file: %d sheets, %d bytes, %d numbers changed%n", before.size(), second.length,
                changedCells(before, afterSecond));
        assertThat(changedCells(afterFirst, afterSecond)).as("every number of the year's tables").isGreaterThan(250);

        try {
            Timed whole = FaultHttp.timed(FaultHttp.upload(SERVICE.direct, IMPORTS, controller, "alle-tabeller.xlsx", first));
            System.out.printf("[faults] the whole import takes %d ms%n", whole.millis());
            assertThat(whole.status()).as(whole.response().body()).isEqualTo(200);
            List<List<List<String>>> imported = current(controller);
            assertThat(imported).as(firstDifference(imported, afterFirst)).isEqualTo(afterFirst);

            String firstTable = firstChangedSheet(original, afterFirst, afterSecond);
            boolean recovered = false;
            for (int attempt = 1; attempt <= 3 && !recovered; attempt++) {
                controller = Tokens.forUser("controller");
                CompletableFuture<HttpResponse<String>> importing = FaultHttp.sendAsync(
                        FaultHttp.upload(SERVICE.direct, IMPORTS, controller, "alle-tabeller-2.xlsx", second));
                // The moment the first table of the batch has its new numbers, the others are still being written.
                long waited = waitForTheFirstTable(firstTable, controller, importing, whole.millis() * 3);
                PlatformControl.kill(PROGRAM);
                String answer = importing.handle((response, error) -> error != null ? "no answer"
                        : response.statusCode() + "").join();
                PlatformControl.startAll();
                await(PROGRAM + " answers again", Duration.ofMinutes(2),
                        () -> FaultHttp.get(SERVICE.direct, TEMPLATE, Tokens.forUser("controller")).status() == 200);

                List<List<List<String>>> now = current(Tokens.forUser("controller"));
                boolean completed = now.equals(afterSecond);
                boolean completedOnStart = Files.readString(log()).contains("Fullførte en avbrutt import");
                System.out.printf("[faults] attempt %d: killed %d ms into the import; client got %s; tables %s%s%n", attempt,
                        waited, answer, completed ? "wholly imported" : now.equals(afterFirst) ? "wholly as before" : "MIXED",
                        completedOnStart ? " (the pending batch was completed on start)" : "");
                assertThat(completed || now.equals(afterFirst)).as("all or nothing after a crash: " + firstDifference(now, afterSecond))
                        .isTrue();
                recovered = completedOnStart;
                if (completed) {
                    // Put the first state back for another try.
                    assertThat(FaultHttp.timed(FaultHttp.upload(SERVICE.direct, IMPORTS, Tokens.forUser("controller"),
                            "alle-tabeller.xlsx", first)).status()).isEqualTo(200);
                }
            }
            assertThat(recovered).as("a kill landed while the import's tables were being written").isTrue();
        } finally {
            await(PROGRAM + " answers", Duration.ofMinutes(2),
                    () -> FaultHttp.get(SERVICE.direct, TEMPLATE, Tokens.forUser("controller")).status() == 200);
            Timed restored = FaultHttp.timed(FaultHttp.upload(SERVICE.direct, IMPORTS, Tokens.forUser("controller"),
                    "mal.xlsx", original));
            assertThat(restored.status()).as(restored.response().body()).isEqualTo(200);
        }
        assertThat(current(Tokens.forUser("controller"))).as("the demo data is back as printed").isEqualTo(before);
    }

    /** Polls the table until it has the second file's numbers (or the import ends); returns the ms waited. */
    private static long waitForTheFirstTable(String key, String token, CompletableFuture<?> importing, long limit)
            throws InterruptedException {
        long started = System.nanoTime();
        while (!importing.isDone() && (System.nanoTime() - started) / 1_000_000 < limit) {
            Timed table = FaultHttp.get(SERVICE.direct, "/api/" + SERVICE.api + "/2023/tables/" + key, token);
            if (table.response().body().replace(" ", "").replace("\u00a0", "").contains("7002")) {
                break;
            }
            Thread.sleep(5);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String firstChangedSheet(byte[] template, List<List<List<String>>> a, List<List<List<String>>> b)
            throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            for (int s = 0; s < a.size(); s++) {
                if (!a.get(s).equals(b.get(s))) {
                    return workbook.getSheetName(s);
                }
            }
        }
        throw new IllegalStateException("The file changes nothing");
    }

    /** The restarted program's log: ./platform up starts each program with a new one. */
    private static java.nio.file.Path log() {
        return Platform.STATE.resolve("logs").resolve(PROGRAM + ".log");
    }

    private static List<List<List<String>>> current(String token) {
        return ImportFiles.sheets(FaultHttp.bytes(SERVICE.direct, TEMPLATE, token));
    }

    private static String firstDifference(List<List<List<String>>> a, List<List<List<String>>> b) {
        for (int s = 0; s < Math.min(a.size(), b.size()); s++) {
            if (!a.get(s).equals(b.get(s))) {
                for (int r = 0; r < Math.min(a.get(s).size(), b.get(s).size()); r++) {
                    if (!a.get(s).get(r).equals(b.get(s).get(r))) {
                        return "sheet " + s + " row " + r + ": " + a.get(s).get(r) + " vs " + b.get(s).get(r);
                    }
                }
                return "sheet " + s + ": " + a.get(s).size() + " vs " + b.get(s).size() + " rows";
            }
        }
        return a.size() + " vs " + b.size() + " sheets";
    }

    private static int changedCells(List<List<List<String>>> a, List<List<List<String>>> b) {
        int changed = 0;
        for (int s = 0; s < a.size(); s++) {
            for (int r = 0; r < a.get(s).size(); r++) {
                List<String> x = a.get(s).get(r);
                List<String> y = b.get(s).get(r);
                for (int c = 0; c < Math.max(x.size(), y.size()); c++) {
                    if (!(c < x.size() ? x.get(c) : "").equals(c < y.size() ? y.get(c) : "")) {
                        changed++;
                    }
                }
            }
        }
        return changed;
    }
}
