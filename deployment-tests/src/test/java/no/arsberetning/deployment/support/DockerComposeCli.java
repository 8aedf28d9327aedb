package no.arsberetning.deployment.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The docker-compose command line (Debian's docker-compose package). It validates and renders the
 * compose file without a Docker engine. A missing binary fails the test: CI installs it.
 */
public final class DockerComposeCli {

    private static final String BINARY = "docker-compose";

    private final Path executable;

    private DockerComposeCli(Path executable) {
        this.executable = executable;
    }

    public static DockerComposeCli onPath() {
        return find().map(DockerComposeCli::new).orElseGet(() -> fail(BINARY + " is not on the PATH ("
                + System.getenv("PATH") + "). These tests validate docker-compose.yml with it; install it,"
                + " e.g. on Debian/Ubuntu: apt-get update && apt-get install -y docker-compose"));
    }

    /**
     * {@code docker-compose --env-file <envFile> -f docker-compose.yml config <args>} in the repository
     * root, with none of the .env.example variables inherited from this process's environment.
     */
    public ProcessResult config(Path envFile, String... args) {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--env-file", envFile.toString(),
                "-f", ComposeFile.FILE, "config"));
        command.addAll(List.of(args));
        return run(command);
    }

    private ProcessResult run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(Repository.root().toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("COMPOSE_"));
        builder.environment().keySet().removeAll(EnvExample.load().values().keySet());
        try {
            Process process = builder.start();
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within 120 s");
            }
            return new ProcessResult(String.join(" ", command), process.exitValue(), stdout.join(), stderr.join());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String readAll(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, BINARY);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
