package no.arsberetning.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts programs of the platform under test through {@code ./platform}, as an operator would,
 * and breaks them as a crash or a stuck machine would: {@code kill -9}, {@code SIGSTOP}/{@code SIGCONT} of
 * the pid {@code ./platform} recorded in its state folder. Each returns once the gateway's composed answers can
 * show the fault: a gateway uses the services' versions it learnt without asking again for at most
 * {@link #VERSION_MAX_AGE} while nothing is written (docs/architecture.md, «ComposedVersions»), and serves an
 * unchanged kept answer whole within it.
 */
final class PlatformControl {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** The gateway's {@code arsberetning.composition.version-max-age} (gateway application.yml). */
    static final Duration VERSION_MAX_AGE = Duration.ofSeconds(2);

    private PlatformControl() {
    }

    static void stop(String program) {
        run("down", program);
        untilGatewaysAskAgain();
    }

    /** The pid {@code ./platform up} recorded for a program (the JVM, or Keycloak's launcher script). */
    static long pid(String program) {
        Path file = Platform.STATE.resolve("run").resolve(program + ".pid");
        try {
            return Long.parseLong(Files.readString(file).trim());
        } catch (IOException e) {
            throw new IllegalStateException("No pid file " + file + ": is " + program + " running?", e);
        }
    }

    static boolean alive(String program) {
        return ProcessHandle.of(pid(program)).map(ProcessHandle::isAlive).orElse(false);
    }

    /** {@code kill -9} of the program's whole process group, as a crash would; returns when it is gone. */
    static void kill(String program) {
        long pid = pid(program);
        if (!send("KILL", "-" + pid)) {
            signal("KILL", String.valueOf(pid));
        }
        ProcessHandle.of(pid).ifPresent(process -> process.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        untilGatewaysAskAgain();
    }

    /** Freezes the program ({@code SIGSTOP}): it keeps its port, accepts connections and answers nothing. */
    static void freeze(String program) {
        signal("STOP", String.valueOf(pid(program)));
        untilGatewaysAskAgain();
    }

    private static void untilGatewaysAskAgain() {
        try {
            Thread.sleep(VERSION_MAX_AGE.plusMillis(100).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets a frozen program run on ({@code SIGCONT}). */
    static void thaw(String program) {
        signal("CONT", String.valueOf(pid(program)));
    }

    /** Starts one more instance of a running program on another port ({@code ./platform replica}), healthy when it returns. */
    static void replica(String program, int port) {
        run("replica", program, String.valueOf(port));
    }

    /** Starts whatever is not running and waits until every program is healthy. */
    static void startAll() {
        run("up");
    }

    private static void signal(String signal, String target) {
        if (!send(signal, target)) {
            throw new IllegalStateException("kill -" + signal + " " + target + " failed");
        }
    }

    private static boolean send(String signal, String target) {
        try {
            Process process = new ProcessBuilder("kill", "-" + signal, "--", target).inheritIO().start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
