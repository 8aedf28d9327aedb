package no.arsberetning.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One real Redis server (the system's {@code redis-server}, a prerequisite in the README) for all tests of the
 * gateway, as the platform runs one for its sessions and rate limits: started when the test run starts, on a free
 * port given to Spring as {@code spring.data.redis.port}, stopped when the run ends. Keeps nothing on disk.
 */
public final class LocalRedis implements LauncherSessionListener {

    private static final Duration START_LIMIT = Duration.ofSeconds(20);

    private Process server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        int port = freePort();
        try {
            server = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("the gateway's tests need redis-server on the PATH (README.md, «Prerequisites»)", e);
        }
        awaitListening(port);
        System.setProperty("spring.data.redis.port", Integer.toString(port));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.destroy();
        }
    }

    private void awaitListening(int port) {
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!server.isAlive()) {
                    throw new IllegalStateException("redis-server stopped at start (exit " + server.exitValue() + ")");
                }
                sleep();
            }
        }
        server.destroy();
        throw new IllegalStateException("redis-server did not listen on port " + port + " within " + START_LIMIT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
