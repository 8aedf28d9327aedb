package no.arsberetning.gateway.reports;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.report.ReportDocument.Chapter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The composed report as JSON without binding the services' reports to records and writing them again:
 * each service's {@code chapters} are copied token by token (the services write the same
 * {@link no.arsberetning.common.report.ReportDocument}), everything else is the {@link ComposedReport}
 * as the mapper writes it. The same document as serializing the composed record, at a fraction of the cost.
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
            TokenBuffer chapters = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                JsonToken value = parser.nextToken();
                if ("chapters".equals(parser.currentName()) && value == JsonToken.START_ARRAY) {
                    chapters = new TokenBuffer(false);
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        chapters.copyCurrentStructure(parser);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (chapters == null) {
                throw new IllegalArgumentException("The service's report has no chapters");
            }
            return new Chapters(chapters, List.of());
        }
    }

    /** Placeholder chapters, written as any record. */
    static Chapters placeholders(List<Chapter> chapters) {
        return new Chapters(null, chapters);
    }

    /** The composed report: {@code report}'s own chapters are ignored, the parts' chapters written in order instead. */
    byte[] write(ComposedReport report, List<Chapters> parts) {
        JsonNode header = json.valueToTree(report);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonNode> property : header.properties()) {
                generator.writeName(property.getKey());
                if ("chapters".equals(property.getKey())) {
                    generator.writeStartArray();
                    for (Chapters part : parts) {
                        part.writeTo(generator);
                    }
                    generator.writeEndArray();
                } else {
                    generator.writeTree(property.getValue());
                }
            }
            generator.writeEndObject();
        }
        return out.toByteArray();
    }

    /** One service's chapters: as the service wrote them, or placeholders. */
    record Chapters(TokenBuffer raw, List<Chapter> placeholders) {

        void writeTo(JsonGenerator generator) {
            if (raw != null) {
                raw.serialize(generator);
            }
            for (Chapter chapter : placeholders) {
                generator.writePOJO(chapter);
            }
        }
    }
}
