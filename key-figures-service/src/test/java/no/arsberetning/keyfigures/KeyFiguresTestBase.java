package no.arsberetning.keyfigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import no.arsberetning.common.testing.ServiceApiTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The service as it runs, on an in-memory MongoDB-compatible server (mongo-java-server, H2): one application
 * context for every feature test. Tests import the small SSB-shaped files of src/test/resources/jsonstat through
 * the real API and wait for the background import like a client does.
 */
@SpringBootTest(properties = {"spring.mongodb.database=key-figures-tests",
        "arsberetning.key-figures.own-group.members=0301,4601,1103", "arsberetning.key-figures.batch-values=10",
        // The in-memory server on a busy machine: more patience than the platform's 500 ms (meant for a database that is down).
        "arsberetning.mongo.server-selection-timeout=10s", "arsberetning.mongo.connect-timeout=10s", "arsberetning.mongo.socket-timeout=60s"})
public abstract class KeyFiguresTestBase extends ServiceApiTests {

    protected static final String API = "/api/key-figures";

    protected static byte[] resource(String name) {
        try (InputStream in = new ClassPathResource(name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Uploads a file as controller and waits until its import is done or failed; its final status. */
    protected JsonNode importFile(String name, byte[] content) throws Exception {
        MvcResult started = mvc.perform(multipart(API + "/imports").file(new MockMultipartFile("file", name, "application/json", content))
                        .with(as("controller")))
                .andExpect(status().isAccepted()).andReturn();
        String location = started.getResponse().getHeader("Location");
        assertThat(location).startsWith(API + "/imports/");
        return awaitImport(location);
    }

    protected JsonNode awaitImport(String location) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(600));
        while (true) {
            JsonNode status = getJson(location, "staff");
            if (!"running".equals(status.get("state").asString()) || Instant.now().isAfter(until)) {
                return status;
            }
            Thread.sleep(50);
        }
    }

    protected JsonNode getJson(String path, String role) throws Exception {
        MvcResult result = mvc.perform(get(path).with(as(role))).andReturn();
        assertThat(result.getResponse().getStatus()).as("GET %s: %s", path, result.getResponse().getContentAsString()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsByteArray());
    }
}
