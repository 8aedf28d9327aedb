package no.arsberetning.gateway.reports.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF read the way assistive technology reads it: the structure tree, each element's text from the
 * marked content it owns on its pages, and whether that text is drawn inside the page (not cut at an edge).
 */
final class TaggedPdf {

    private static final java.util.Set<String> GROUPING = java.util.Set.of("Div", "Sect", "Part", "Art", "NonStruct", "Span", "Document");

    /** An element of the structure tree: its type (Table, TR, TH, TD, Figure, Link …), Alt, text and children. */
    record Node(String type, String alt, String text, boolean onPage, List<Node> children) {

        List<Node> all(String wanted) {
            List<Node> found = new ArrayList<>();
            collect(wanted, found);
            return found;
        }

        private void collect(String wanted, List<Node> found) {
            for (Node child : children) {
                if (child.type().equals(wanted)) {
                    found.add(child);
                }
                child.collect(wanted, found);
            }
        }

        /**
         * The element that comes right after {@code node} in reading order (after its own content), passing over
         * elements that only group others (Div, Sect, Part, NonStruct, Span); null at the end.
         */
        Node next(Node node) {
            List<Node> order = new ArrayList<>();
            flatten(order);
            int at = order.indexOf(node);
            int end = at + node.size();
            for (int i = end; at >= 0 && i < order.size(); i++) {
                if (!GROUPING.contains(order.get(i).type())) {
                    return order.get(i);
                }
            }
            return null;
        }

        private int size() {
            int size = 1;
            for (Node child : children) {
                size += child.size();
            }
            return size;
        }

        private void flatten(List<Node> order) {
            order.add(this);
            children.forEach(c -> c.flatten(order));
        }

        /** The rows of a Table element (TR under THead, TBody, TFoot or directly), each as its cells' texts. */
        List<List<String>> rows() {
            List<List<String>> rows = new ArrayList<>();
            for (Node row : all("TR")) {
                rows.add(row.children().stream().filter(c -> c.type().equals("TH") || c.type().equals("TD")).map(Node::text).toList());
            }
            return rows;
        }
    }

    private final Map<PDPage, Map<Integer, PDMarkedContent>> content = new HashMap<>();

    private TaggedPdf() {
    }

    /** The document's structure tree, with the text of every element. */
    static Node read(PDDocument document) throws IOException {
        TaggedPdf pdf = new TaggedPdf();
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new Extractor();
            extractor.processPage(page);
            Map<Integer, PDMarkedContent> byId = new HashMap<>();
            index(extractor.getMarkedContents(), byId);
            pdf.content.put(page, byId);
        }
        return pdf.node(document.getDocumentCatalog().getStructureTreeRoot(), null, "Root");
    }

    /**
     * PDFBox 3.0.3's extractor does not look up a marked-content sequence's properties when the content stream names
     * them from the page's resources ({@code /Span /Prop12 BDC}, as openhtmltopdf writes them), so it sees no MCIDs.
     */
    private static final class Extractor extends PDFMarkedContentExtractor {

        Extractor() {
            addOperator(new OperatorProcessor(this) {
                @Override
                public void process(Operator operator, List<COSBase> arguments) {
                    COSName tag = !arguments.isEmpty() && arguments.get(0) instanceof COSName name ? name : null;
                    COSDictionary properties = null;
                    if (arguments.size() > 1 && arguments.get(1) instanceof COSDictionary dictionary) {
                        properties = dictionary;
                    } else if (arguments.size() > 1 && arguments.get(1) instanceof COSName name && getResources() != null) {
                        PDPropertyList list = getResources().getProperties(name);
                        properties = list == null ? null : list.getCOSObject();
                    }
                    getContext().beginMarkedContentSequence(tag, properties);
                }

                @Override
                public String getName() {
                    return OperatorName.BEGIN_MARKED_CONTENT_SEQ;
                }
            });
        }
    }

    private static void index(List<PDMarkedContent> contents, Map<Integer, PDMarkedContent> byId) {
        for (PDMarkedContent marked : contents) {
            if (marked.getMCID() >= 0) {
                byId.put(marked.getMCID(), marked);
            }
            List<PDMarkedContent> nested = marked.getContents().stream()
                    .filter(PDMarkedContent.class::isInstance).map(PDMarkedContent.class::cast).toList();
            index(nested, byId);
        }
    }

    private Node node(PDStructureNode structure, PDPage inherited, String type) {
        PDPage page = structure instanceof PDStructureElement element && element.getPage() != null ? element.getPage() : inherited;
        StringBuilder text = new StringBuilder();
        boolean onPage = true;
        List<Node> children = new ArrayList<>();
        for (Object kid : structure.getKids()) {
            if (kid instanceof PDStructureElement element) {
                Node child = node(element, page, element.getStructureType());
                children.add(child);
                text.append(child.text());
                onPage &= child.onPage();
            } else if (kid instanceof Integer mcid) {
                onPage &= text(page, mcid, text);
            } else if (kid instanceof PDMarkedContentReference reference) {
                onPage &= text(reference.getPage() != null ? reference.getPage() : page, reference.getMCID(), text);
            }
        }
        String alt = structure instanceof PDStructureElement element ? element.getAlternateDescription() : null;
        return new Node(type, alt, text.toString(), onPage, children);
    }

    /** Appends the marked content's text; false when some of it is drawn outside the page. */
    private boolean text(PDPage page, int mcid, StringBuilder text) {
        PDMarkedContent marked = page == null ? null : content.getOrDefault(page, Map.of()).get(mcid);
        if (marked == null) {
            return true;
        }
        PDRectangle box = page.getMediaBox();
        boolean inside = true;
        for (Object item : marked.getContents()) {
            if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
                inside &= position.getXDirAdj() >= 0 && position.getXDirAdj() + position.getWidthDirAdj() <= box.getWidth() + 0.5f
                        && position.getYDirAdj() >= 0 && position.getYDirAdj() <= box.getHeight() + 0.5f;
            }
        }
        return inside;
    }
}
