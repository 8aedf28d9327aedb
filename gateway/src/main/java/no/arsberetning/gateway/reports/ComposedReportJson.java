package no.arsberetning.gateway.reports;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
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

    private static final byte[] COMMA = {','};

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
            int chaptersStart = -1;
            int chaptersEnd = -1;
            FrontMatter frontMatter = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                JsonToken value = parser.nextToken();
                if ("frontMatter".equals(parser.currentName()) && value == JsonToken.START_OBJECT) {
                    int start = (int) parser.currentTokenLocation().getByteOffset();
                    parser.skipChildren();
                    int end = (int) parser.currentTokenLocation().getByteOffset() + 1;
                    frontMatter = json.readValue(serviceReport, start, end - start, FrontMatter.class);
                } else if ("chapters".equals(parser.currentName()) && value == JsonToken.START_ARRAY) {
                    chaptersStart = (int) parser.currentTokenLocation().getByteOffset() + 1;
                    parser.skipChildren();
                    chaptersEnd = (int) parser.currentTokenLocation().getByteOffset();
                } else {
                    parser.skipChildren();
                }
            }
            if (chaptersStart < 0) {
                throw new IllegalArgumentException("The service's report has no chapters");
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new IllegalArgumentException("The service's report is not one JSON object");
            }
            while (chaptersStart < chaptersEnd && whitespace(serviceReport[chaptersStart])) {
                chaptersStart++;
            }
            while (chaptersEnd > chaptersStart && whitespace(serviceReport[chaptersEnd - 1])) {
                chaptersEnd--;
            }
            return new Chapters(ByteBuffer.wrap(serviceReport, chaptersStart, chaptersEnd - chaptersStart).asReadOnlyBuffer(),
                    List.of(), frontMatter);
        }
    }

    /** Placeholder chapters, written as any record. */
    static Chapters placeholders(List<Chapter> chapters) {
        return new Chapters(null, chapters, null);
    }

    /**
     * The composed report: {@code report}'s own chapters are ignored, the parts' chapters written in order
     * instead. The services' chapters are not copied: the document is the list of its pieces, so that no
     * array as large as the whole report is made (on the gateway's small heap such arrays caused most of its
     * garbage collections, bench/README.md).
     */
    Written write(ComposedReport report, List<Chapters> parts) {
        JsonNode header = json.valueToTree(report);
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        int chaptersAt = -1;
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonNode> property : header.properties()) {
                generator.writeName(property.getKey());
                if ("chapters".equals(property.getKey())) {
                    generator.writeRawValue("[]");
                    generator.flush();
                    chaptersAt = out.size() - 1;
                } else {
                    generator.writeTree(property.getValue());
                }
            }
            generator.writeEndObject();
        }
        byte[] headerBytes = out.toByteArray();
        List<ByteBuffer> pieces = new ArrayList<>();
        pieces.add(ByteBuffer.wrap(headerBytes, 0, chaptersAt));
        boolean first = true;
        for (Chapters part : parts) {
            List<ByteBuffer> elements = new ArrayList<>();
            if (part.raw() != null && part.raw().hasRemaining()) {
                elements.add(part.raw().duplicate());
            }
            for (Chapter placeholder : part.placeholders()) {
                elements.add(ByteBuffer.wrap(json.writeValueAsBytes(placeholder)));
            }
            for (ByteBuffer element : elements) {
                if (!first) {
                    pieces.add(ByteBuffer.wrap(COMMA));
                }
                pieces.add(element);
                first = false;
            }
        }
        pieces.add(ByteBuffer.wrap(headerBytes, chaptersAt, headerBytes.length - chaptersAt));
        return new Written(List.copyOf(pieces));
    }

    private static boolean whitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /**
     * One service's chapters: the elements of its {@code chapters} array as it wrote them (the bytes of its
     * answer between the brackets), or placeholders; and the report's front matter, from the service that
     * carries it (null from the others).
     */
    record Chapters(ByteBuffer raw, List<Chapter> placeholders, FrontMatter frontMatter) {
    }

    /** The written document as its pieces, in order (read-only views: each reader gets its own position). */
    record Written(List<ByteBuffer> pieces) {

        int length() {
            return pieces.stream().mapToInt(ByteBuffer::remaining).sum();
        }

        byte[] toByteArray() {
            ByteBuffer all = ByteBuffer.allocate(length());
            pieces.forEach(piece -> all.put(piece.duplicate()));
            return all.array();
        }
    }
}
