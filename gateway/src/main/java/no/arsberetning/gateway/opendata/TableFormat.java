package no.arsberetning.gateway.opendata;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;

/** The download formats of a table, by file extension. */
enum TableFormat {
    CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8)),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    JSON_STAT("json", MediaType.APPLICATION_JSON);

    private final String extension;
    private final MediaType mediaType;

    TableFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The name used in the index ("csv", "xlsx", "json-stat"). */
    String label() {
        return this == JSON_STAT ? "json-stat" : extension;
    }

    static Optional<TableFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension.toLowerCase(Locale.ROOT))).findFirst();
    }
}
