package no.arsberetning.gateway.reports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.FrontMatter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The composed report as JSON without binding the services' reports to records and writing them again:
 * each service's {@code chapters} array is checked to be well-formed JSON and copied byte for byte (the
 * services write the same {@link no.arsberetning.common.report.ReportDocument}); everything else is the
 * {@link ComposedReport} as the mapper writes it. The same document as serializing the composed record,
 * at a fraction of the cost.
 */
final class ComposedReportJson {

    private final ObjectMapper json;

    ComposedReportJson(ObjectMapper json) {
        this.json = json;
    }

    /** A service's chapters, read from its report; fails (and the service's part becomes a placeholder) on anything else. */
    Chapters chaptersOf(byte[] serviceReport) {
        try (JsonParser parser = json.createParser(serviceReport)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("The service's report is not a JSON object");
            }
            String chapters = null;
            FrontMatter frontMatter = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                JsonToken value = parser.nextToken();
                if ("frontMatter".equals(parser.currentName()) && value == JsonToken.START_OBJECT) {
                    int start = (int) parser.currentTokenLocation().getByteOffset();
                    parser.skipChildren();
                    int end = (int) parser.currentTokenLocation().getByteOffset() + 1;
                    frontMatter = json.readValue(serviceReport, start, end - start, FrontMatter.class);
                } else if ("chapters".equals(parser.currentName()) && value == JsonToken.START_ARRAY) {
                    int start = (int) parser.currentTokenLocation().getByteOffset() + 1;
                    parser.skipChildren();
                    int end = (int) parser.currentTokenLocation().getByteOffset();
                    chapters = new String(serviceReport, start, end - start, StandardCharsets.UTF_8).strip();
                } else {
                    parser.skipChildren();
                }
            }
            if (chapters == null) {
                throw new IllegalArgumentException("The service's report has no chapters");
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new IllegalArgumentException("The service's report is not one JSON object");
            }
            return new Chapters(chapters, List.of(), frontMatter);
        }
    }

    /** Placeholder chapters, written as any record. */
    static Chapters placeholders(List<Chapter> chapters) {
        return new Chapters(null, chapters, null);
    }

    /** The composed report: {@code report}'s own chapters are ignored, the parts' chapters written in order instead. */
    byte[] write(ComposedReport report, List<Chapters> parts) {
        StringBuilder chapters = new StringBuilder(parts.stream().mapToInt(Chapters::length).sum() + 16).append('[');
        for (Chapters part : parts) {
            if (part.raw() != null && !part.raw().isEmpty()) {
                separate(chapters).append(part.raw());
            }
            for (Chapter placeholder : part.placeholders()) {
                separate(chapters).append(json.writeValueAsString(placeholder));
            }
        }
        chapters.append(']');
        JsonNode header = json.valueToTree(report);
        ByteArrayOutputStream out = new ByteArrayOutputStream(chapters.length() + 4096);
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonNode> property : header.properties()) {
                generator.writeName(property.getKey());
                if ("chapters".equals(property.getKey())) {
                    generator.writeRawValue(chapters.toString());
                } else {
                    generator.writeTree(property.getValue());
                }
            }
            generator.writeEndObject();
        }
        return out.toByteArray();
    }

    private static StringBuilder separate(StringBuilder array) {
        return array.length() > 1 ? array.append(',') : array;
    }

    /**
     * One service's chapters: the elements of its {@code chapters} array as it wrote them, or placeholders;
     * and the report's front matter, from the service that carries it (null from the others).
     */
    record Chapters(String raw, List<Chapter> placeholders, FrontMatter frontMatter) {

        int length() {
            return raw == null ? 1024 : raw.length();
        }
    }
}
