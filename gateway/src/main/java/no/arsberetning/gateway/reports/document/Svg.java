package no.arsberetning.gateway.reports.document;

import java.util.Locale;

/**
 * A small SVG writer: one {@code <svg role="img">} labelled by a visible caption, with its shapes and
 * texts. Everything written is escaped; numbers are written with a dot, as SVG wants.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(4096);

    Svg(int width, int height, String labelledBy) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" focusable=\"false\" aria-labelledby=\"")
                .append(escape(labelledBy)).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" font-family=\"Helvetica, Arial, 'Liberation Sans', sans-serif\" font-size=\"12\">");
    }

    Svg rect(double x, double y, double width, double height, String fill, String stroke) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(0, width)))
                .append("\" height=\"").append(n(Math.max(0, height))).append("\" fill=\"").append(fill).append('"');
        if (stroke != null) {
            out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"1\"");
        }
        out.append("/>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(width)).append('"');
        dash(dash);
        out.append("/>");
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String stroke, String dash) {
        out.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"2\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        out.append('"');
        dash(dash);
        out.append("/>");
        return this;
    }

    /** A marker of one of four shapes (circle, square, triangle, diamond) by {@code shape} index. */
    Svg marker(int shape, double x, double y, String fill) {
        switch (shape % 4) {
            case 0:
                out.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"4\" fill=\"").append(fill).append("\"/>");
                break;
            case 1:
                rect(x - 4, y - 4, 8, 8, fill, null);
                break;
            case 2:
                path("M" + n(x) + " " + n(y - 5) + " L" + n(x + 5) + " " + n(y + 4) + " L" + n(x - 5) + " " + n(y + 4) + " Z", fill);
                break;
            default:
                path("M" + n(x) + " " + n(y - 5) + " L" + n(x + 5) + " " + n(y) + " L" + n(x) + " " + n(y + 5) + " L" + n(x - 5) + " " + n(y) + " Z", fill);
                break;
        }
        return this;
    }

    /** {@code anchor}: start, middle or end. */
    Svg text(double x, double y, String anchor, String fill, String text) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(fill).append("\">").append(escape(text)).append("</text>");
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Shortens a label to {@code max} characters with an ellipsis; the table alternative has it whole. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    private void path(String d, String fill) {
        out.append("<path d=\"").append(d).append("\" fill=\"").append(fill).append("\"/>");
    }

    private void dash(String dash) {
        if (dash != null && !dash.isEmpty()) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
