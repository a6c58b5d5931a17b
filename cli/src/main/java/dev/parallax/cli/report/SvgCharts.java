package dev.parallax.cli.report;

import java.awt.Rectangle;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Draws a chart as an inline SVG element, with nothing that points outside the page. */
public final class SvgCharts {

    private static final Pattern NAMESPACES = Pattern.compile("\\s+xmlns(:\\w+)?=(\"[^\"]*\"|'[^']*')");

    private SvgCharts() {
    }

    /**
     * The SVG markup of {@code chart} drawn at {@code width} x {@code height}; {@code id} keeps the
     * element ids of several charts in one page apart. Namespace declarations are dropped: an SVG
     * element inside HTML needs none, and the page then holds no web address at all.
     */
    public static String svg(JFreeChart chart, String id, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        chart.draw(g, new Rectangle(0, 0, width, height));
        String svg = g.getSVGElement(id, true, null, null, null);
        return NAMESPACES.matcher(svg).replaceAll("");
    }
}
