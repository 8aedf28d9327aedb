package no.arsberetning.gateway.reports.document;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Workaround: PDF/UA-1 (ISO 14289-1 § 7.18.5, veraPDF rules 7.18.1-2 and 7.18.5-2) wants every link annotation to
 * carry a description in its {@code Contents}. openhtmltopdf 1.1.31 gives the {@code Link} structure element
 * its {@code Alt} (from the anchor's {@code title}) but leaves the annotation's {@code Contents} empty; fixed
 * upstream in openhtmltopdf/openhtmltopdf#160 (released after 1.1.31). Until the platform moves to a release
 * with that fix, every link annotation gets the {@code Alt} of the Link element that owns it (else its target).
 * {@code ReportPdfRendererTests} notices when openhtmltopdf writes {@code Contents} itself, so this can go.
 */
final class LinkContents {

    private LinkContents() {
    }

    static void fill(PDDocument pdf) throws IOException {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            fromStructure(root, null);
        }
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && blank(link.getContents())) {
                    link.setContents(link.getAction() instanceof PDActionURI uri ? "Lenke til " + uri.getURI() : "Lenke i dokumentet");
                }
            }
        }
    }

    private static void fromStructure(PDStructureNode node, String alt) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                String own = "Link".equals(element.getStructureType()) && !blank(element.getAlternateDescription())
                        ? element.getAlternateDescription() : alt;
                fromStructure(element, own);
            } else if (kid instanceof PDObjectReference reference && alt != null
                    && reference.getReferencedObject() instanceof PDAnnotation annotation && blank(annotation.getContents())) {
                annotation.setContents(alt);
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
