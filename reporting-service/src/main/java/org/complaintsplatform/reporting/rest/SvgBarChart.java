package org.complaintsplatform.reporting.rest;

import java.util.List;

/**
 * A horizontal bar chart as inline SVG, drawn on the server so the HTML and the PDF show the same picture
 * without scripts. Labels are contract names or fixed words, never personal data.
 */
final class SvgBarChart {

    record Bar(String label, long value) {
    }

    private static final int LABEL_WIDTH = 190;
    private static final int BAR_AREA = 300;
    private static final int ROW = 26;

    private SvgBarChart() {
    }

    static String render(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = 30 + bars.size() * ROW;
        int width = LABEL_WIDTH + BAR_AREA + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">"
                .formatted(width, height, width, height));
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<text x=\"0\" y=\"16\" font-family=\"sans-serif\" font-size=\"13\" font-weight=\"bold\">")
                .append(escape(title)).append("</text>");
        int y = 30;
        for (Bar bar : bars) {
            int length = (int) Math.round((double) bar.value() * BAR_AREA / max);
            svg.append("<text x=\"0\" y=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%s</text>"
                    .formatted(y + 14, escape(bar.label())));
            svg.append("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" fill=\"#1d70b8\"/>".formatted(LABEL_WIDTH, y + 2, length));
            svg.append("<text x=\"%d\" y=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%d</text>"
                    .formatted(LABEL_WIDTH + length + 6, y + 15, bar.value()));
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
