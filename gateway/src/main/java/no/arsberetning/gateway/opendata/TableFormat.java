package no.arsberetning.gateway.opendata;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;

/** The download formats of a table, by file extension, and the CSV's metadata. */
enum TableFormat {
    CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8)),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    JSON_STAT("json", MediaType.APPLICATION_JSON),
    /** W3C CSV on the Web metadata describing the CSV file ({@code 1.1.csv-metadata.json}). */
    CSVW("csv-metadata.json", MediaType.parseMediaType(CsvwMetadata.MEDIA_TYPE));

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

    /** The name used in the index ("csv", "xlsx", "json-stat", "csvw"). */
    String label() {
        return switch (this) {
            case JSON_STAT -> "json-stat";
            case CSVW -> "csvw";
            default -> extension;
        };
    }

    static Optional<TableFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The format a file name ends with ({@code 1.1.csv-metadata.json} is CSVW, not JSON-stat), if any. */
    static Optional<TableFormat> ofFileName(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> name.endsWith("." + f.extension) && name.length() > f.extension.length() + 1)
                .max(java.util.Comparator.comparingInt(f -> f.extension.length()));
    }
}
