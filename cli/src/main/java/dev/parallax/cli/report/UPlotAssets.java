package dev.parallax.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The charting library the HTML report inlines: uPlot, read from its Maven Central webjar
 * ({@code org.webjars.npm:uplot}) on the classpath, with the report's own drawing script. uPlot was
 * chosen for its size (about 50 KB minified, with zoom, cursor and a live legend built in) and its
 * speed on long series (it draws straight to a canvas), so the report needs nothing from the network
 * and opens fast.
 */
public final class UPlotAssets {

    private static final String VERSIONS = "/dev/parallax/cli/parallax-version.properties";
    private static final String SCRIPT = "/dev/parallax/cli/report/tearsheet.js";

    private UPlotAssets() {
    }

    /** The uPlot version the build bundled. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = UPlotAssets.class.getResourceAsStream(VERSIONS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + VERSIONS + "; the jar is incomplete");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String v = p.getProperty("uplot");
        if (v == null || v.isBlank() || v.startsWith("$")) {
            throw new IllegalStateException(VERSIONS + " names no uplot version; the jar was built without filtering");
        }
        return v;
    }

    /**
     * uPlot's minified script (the IIFE build that defines the global {@code uPlot}), headed by its
     * licence in place of the build's banner comment, which is a web address: the page names none.
     */
    public static String script() {
        String dist = "/META-INF/resources/webjars/uplot/" + version();
        String js = resource(dist + "/dist/uPlot.iife.min.js");
        if (js.startsWith("/*!")) {
            js = js.substring(js.indexOf("*/") + 2);
        }
        return "/*! uPlot " + version() + "\n" + resource(dist + "/LICENSE").replace("*/", "* /") + "*/\n" + js;
    }

    /** uPlot's style sheet. */
    public static String style() {
        return resource("/META-INF/resources/webjars/uplot/" + version() + "/dist/uPlot.min.css");
    }

    /** The report's script that draws the charts from their data and pages the trade list. */
    public static String drawingScript() {
        return resource(SCRIPT);
    }

    private static String resource(String path) {
        try (InputStream in = UPlotAssets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + "; is the uplot webjar on the classpath?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
