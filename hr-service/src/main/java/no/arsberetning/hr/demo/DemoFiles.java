package no.arsberetning.hr.demo;

import no.arsberetning.common.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.PlatformProperties;
import no.arsberetning.common.tables.Provenance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The configured demo files ({@code arsberetning.demo.files}) for the loaders of this service's own
 * structures (figures, inspections). The tables are loaded by the shared core from the same files.
 */
@Component
public class DemoFiles {

    private final ObjectMapper json;
    private final PlatformProperties properties;

    DemoFiles(ObjectMapper json, PlatformProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    public boolean enabled() {
        return properties.demo().load();
    }

    /** Every configured file, read; empty when demo loading is off. */
    public List<DemoFile> read() {
        List<DemoFile> files = new ArrayList<>();
        if (!enabled()) {
            return files;
        }
        for (String name : properties.demo().files()) {
            ClassPathResource resource = new ClassPathResource(name);
            try (InputStream in = resource.getInputStream()) {
                byte[] content = in.readAllBytes();
                files.add(new DemoFile(name, resource.getFilename(), Sha256.of(content), json.readTree(content)));
            } catch (IOException e) {
                throw new UncheckedIOException("Demofilen " + name + " kan ikke leses", e);
            }
        }
        return files;
    }

    /** One demo file: its resource name, file name and hash (for provenance) and content. */
    public record DemoFile(String resource, String fileName, String sha256, JsonNode content) {

        public int year() {
            return content.get("year").asInt();
        }

        public Provenance provenance(Instant at) {
            return new Provenance("demo-seed", fileName, sha256, "demo-loader", at);
        }
    }

}
