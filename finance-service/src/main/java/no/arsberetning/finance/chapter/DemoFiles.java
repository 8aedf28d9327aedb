package no.arsberetning.finance.chapter;

import no.arsberetning.common.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import no.arsberetning.common.PlatformProperties;
import no.arsberetning.common.tables.Provenance;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo dataset's chapter files ({@code arsberetning.demo.files}) for the service's own loaders, which
 * read what the shared table loader does not: figures stated in the text, and the texts to create.
 */
@Component
public class DemoFiles {

    private final PlatformProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    DemoFiles(PlatformProperties properties, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** The files to load, or none when demo loading is off. */
    public List<DemoFile> toLoad() {
        if (!properties.demo().load()) {
            return List.of();
        }
        List<DemoFile> files = new ArrayList<>();
        for (String path : properties.demo().files()) {
            ClassPathResource resource = new ClassPathResource(path);
            try (InputStream in = resource.getInputStream()) {
                byte[] content = in.readAllBytes();
                Provenance provenance = new Provenance("demo-seed", resource.getFilename(), Sha256.of(content),
                        "demo-loader", clock.instant());
                files.add(new DemoFile(path, json.readTree(content), provenance));
            } catch (IOException e) {
                throw new UncheckedIOException("Demo-filen " + path + " kan ikke leses.", e);
            }
        }
        return files;
    }


    /** One chapter file: where it is, its content and the provenance of what is loaded from it. */
    public record DemoFile(String path, JsonNode content, Provenance provenance) {

        public int year() {
            return content.get("year").asInt();
        }
    }
}
