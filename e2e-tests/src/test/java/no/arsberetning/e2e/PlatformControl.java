package no.arsberetning.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops and starts programs of the platform under test through {@code ./platform}, as an operator would. */
final class PlatformControl {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private PlatformControl() {
    }

    static void stop(String program) {
        run("down", program);
    }

    /** Starts whatever is not running and waits until every program is healthy. */
    static void startAll() {
        run("up");
    }

    private static void run(String... args) {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("platform").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO();
        builder.environment().put("PLATFORM_STATE_DIR", Platform.STATE.toAbsolutePath().toString());
        builder.environment().put("PORT_OFFSET", String.valueOf(Platform.OFFSET));
        builder.environment().put("PLATFORM_NO_BUILD", "true");
        try {
            Process process = builder.start();
            if (!process.waitFor(8, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("./platform " + String.join(" ", args) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
