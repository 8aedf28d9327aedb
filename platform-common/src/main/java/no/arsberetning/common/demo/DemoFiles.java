package no.arsberetning.common.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import no.arsberetning.common.PlatformProperties;
import no.arsberetning.common.Sha256;
import no.arsberetning.common.tables.Provenance;

import org.springframework.core.io.ClassPathResource;

/**
 * The demo dataset's files of a service ({@code arsberetning.demo.files}, docs/demo-data-format.md),
 * read once per start for every loader: the shared table loader and each service's own.
 */
public class DemoFiles {

    private final ObjectMapper json;
    private final PlatformProperties properties;
    private final Clock clock;

    public DemoFiles(ObjectMapper json, PlatformProperties properties, Clock clock) {
        this.json = json;
        this.properties = properties;
        this.clock = clock;
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
        for (String path : properties.demo().files()) {
            ClassPathResource resource = new ClassPathResource(path);
            try (InputStream in = resource.getInputStream()) {
                byte[] content = in.readAllBytes();
                String sha256 = Sha256.of(content);
                files.add(new DemoFile(path, resource.getFilename(), sha256, json.readTree(content),
                        new Provenance("demo-seed", resource.getFilename(), sha256, "demo-loader", clock.instant())));
            } catch (IOException e) {
                throw new UncheckedIOException("Demofilen " + path + " kan ikke leses.", e);
            }
        }
        return files;
    }

    /** One demo file: where it is, its name and hash, its content, and the provenance of what is loaded from it. */
    public record DemoFile(String path, String fileName, String sha256, JsonNode content, Provenance provenance) {

        public int year() {
            return content.get("year").asInt();
        }
    }
}
