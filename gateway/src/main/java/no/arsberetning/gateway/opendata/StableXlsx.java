package no.arsberetning.gateway.opendata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes a workbook's bytes depend on its content only: every zip entry gets the same time (the DOS epoch),
 * and the document's creation time in {@code docProps/core.xml} becomes the given one (the release's
 * publication) instead of "now". Entries keep their order and compression, so the workbook is unchanged
 * otherwise.
 */
final class StableXlsx {

    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final String CORE = "docProps/core.xml";

    private StableXlsx() {
    }

    static byte[] of(byte[] workbook, Instant created) {
        String createdText = created.truncatedTo(ChronoUnit.SECONDS).toString();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(workbook.length);
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (CORE.equals(entry.getName())) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replaceAll("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", "$1" + createdText + "$2")
                            .replaceAll("(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", "$1" + createdText + "$2")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ENTRY_TIME);
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
