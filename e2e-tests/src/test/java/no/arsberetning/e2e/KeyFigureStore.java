package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Imports into the key-figure store as a client does: upload (202 and Location), then the import's progress until it ends. */
public final class KeyFigureStore {

    /** The small SSB-shaped file of the service's tests (table 12362, culture, 2022–2023). */
    public static final Path SSB_FILE = Path.of("../key-figures-service/src/test/resources/jsonstat/ssb-12362-kultur.json");

    private KeyFigureStore() {
    }

    /** Makes sure the culture figures of {@link #SSB_FILE} are stored (importing them again changes nothing). */
    public static void cultureFiguresStored() {
        assertThat(importFile(Platform.GATEWAY, "12362.json", read(SSB_FILE)).get("state").asString()).isEqualTo("done");
    }

    static JsonNode importFile(URI base, String name, byte[] content) {
        HttpResponse<String> accepted = upload(base, name, content, "controller");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return await(base, accepted.headers().firstValue("Location").orElseThrow());
    }

    static HttpResponse<String> upload(URI base, String name, byte[] content, String user) {
        Calls.Multipart file = Calls.multipart(name, "application/json", content, Map.of());
        return Calls.send("POST", base, Platform.KEY_FIGURES_API + "/imports", Tokens.forUser(user), Map.of(), file.contentType(),
                file.body());
    }

    static JsonNode await(URI base, String location) {
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        while (true) {
            HttpResponse<String> response = Calls.get(base, location, Tokens.forUser("staff"));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode status = Calls.body(response);
            if (!"running".equals(status.get("state").asString())) {
                return status;
            }
            assertThat(Instant.now()).as("import %s still running", location).isBefore(until);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
