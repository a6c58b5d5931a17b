package dev.parallax.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parallax.cli.CliRun;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the demo's HTML report in headless Chromium and checks, from inside the browser, that every
 * chart was drawn by uPlot (a canvas with non-blank pixels per chart placeholder), that hovering the
 * equity chart shows the hovered point's value in its legend, that the trade list pages, and that no
 * script failed; it logs how long the page took to load and to draw its charts.
 *
 * <p>The report is loaded in an iframe of a small probe page whose script, once everything has
 * loaded, inspects the frame's uPlot instances ({@code window.parallaxCharts}), counts the painted
 * pixels of each canvas, sends a mouse move to the middle of the equity chart, reads the legend and
 * writes the result into the page; Chromium's {@code --dump-dom} prints the page. {@code .ci/run}
 * installs Debian's {@code chromium} when it is missing and sets {@code PARALLAX_REQUIRE_BROWSER=1},
 * which makes a missing browser a failure instead of a skip.
 */
class ReportInBrowserTest {

    private static final Pattern RESULT = Pattern.compile("RESULT:(\\{.*?\\}):END");
    private static final Pattern PAINTED = Pattern.compile("\"painted\":\\[([0-9,]*)\\]");
    private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\":(-?[0-9.]+)");
    private static final Pattern TEXT = Pattern.compile("\"(\\w+)\":\"([^\"]*)\"");

    @TempDir
    Path dir;

    private static Optional<Path> browser() {
        String configured = System.getenv("PARALLAX_BROWSER");
        List<String> names = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            names.add(configured);
        }
        names.addAll(List.of("chromium", "chromium-browser", "google-chrome"));
        for (String name : names) {
            Path direct = Path.of(name);
            if (direct.isAbsolute() && Files.isExecutable(direct)) {
                return Optional.of(direct);
            }
            for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void everyChartIsDrawnAndHoverShowsThePointsValue() throws Exception {
        Optional<Path> chromium = browser();
        if (chromium.isEmpty()) {
            if ("1".equals(System.getenv("PARALLAX_REQUIRE_BROWSER"))) {
                fail("PARALLAX_REQUIRE_BROWSER=1 but no chromium, chromium-browser or google-chrome on the PATH");
            }
            Assumptions.abort("no headless browser on this machine; .ci/run installs Debian's chromium");
        }
        Path out = dir.resolve("demo");
        CliRun demo = CliRun.of("demo", "--out", out.toString());
        assertEquals(0, demo.code(), demo.err());
        Path probe = dir.resolve("probe.html");
        Files.writeString(probe, """
                <!doctype html><html><body>
                <iframe id="r" src="demo/report.html" style="width:1400px;height:30000px;border:0"></iframe>
                <pre id="out">PENDING</pre>
                <script>
                var begun = performance.now();
                // the window's load waits for the frame's; registered while the page is parsed, it cannot be missed
                window.addEventListener('load', function () {
                  var loaded = performance.now() - begun;
                  var w = document.getElementById('r').contentWindow;
                  var d = w.document;
                  var charts = w.parallaxCharts || [];
                  var painted = charts.map(function (u) {
                    var c = u.ctx.canvas, px = u.ctx.getImageData(0, 0, c.width, c.height).data, n = 0;
                    for (var i = 0; i < px.length; i += 4) {
                      if (px[i + 3] > 0 && !(px[i] > 250 && px[i + 1] > 250 && px[i + 2] > 250)) n++;
                    }
                    return n;
                  });
                  var hovered = 'none', shown = 'none', idx = -1;
                  if (charts.length > 0) {
                    var u = charts[0], r = u.over.getBoundingClientRect();
                    u.over.dispatchEvent(new w.MouseEvent('mouseenter', {clientX: r.left + r.width / 2,
                        clientY: r.top + r.height / 2, bubbles: true}));
                    u.over.dispatchEvent(new w.MouseEvent('mousemove', {clientX: r.left + r.width / 2,
                        clientY: r.top + r.height / 2, bubbles: true}));
                    idx = u.cursor.idx == null ? -1 : u.cursor.idx;
                    hovered = idx < 0 ? 'none' : String(u.data[1][idx]);
                    var values = d.querySelectorAll('#' + u.root.parentNode.id + ' .u-legend .u-value');
                    shown = values.length > 1 ? values[1].textContent : 'none';
                  }
                  var next = d.getElementById('trades-next');
                  if (next) next.click();
                  var page = next ? d.getElementById('trades-page').textContent : 'none';
                  var firstRow = next ? d.querySelector('#trades tbody td').textContent : 'none';
                  document.getElementById('out').textContent = 'RESULT:' + JSON.stringify({page: page, firstRow: firstRow,
                      placeholders: d.querySelectorAll('div.chart').length, charts: charts.length,
                      painted: painted, idx: idx, hovered: hovered, shown: shown, loadMs: loaded,
                      drawMs: Number(d.body.getAttribute('data-render-ms'))}) + ':END';
                });
                </script></body></html>
                """, StandardCharsets.UTF_8);
        // --disable-dev-shm-usage: a container's /dev/shm is often 64 MB, too small for Chromium's shared memory
        ProcessBuilder pb = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile"),
                "--allow-file-access-from-files", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000",
                "--dump-dom", probe.toUri().toString());
        Path stdout = dir.resolve("dom.html");
        Path stderr = dir.resolve("browser.log");
        pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process p = pb.start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the browser did not finish within 90 s");
        }
        String dom = Files.readString(stdout);
        String log = Files.readString(stderr);
        Matcher m = RESULT.matcher(dom);
        assertTrue(m.find(), () -> "the probe page did not report; DOM:\n" + dom + "\nbrowser log:\n" + log);
        String result = m.group(1).replace("&quot;", "\"");
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        for (Pattern f : List.of(NUMBER, TEXT)) {
            Matcher fm = f.matcher(result);
            while (fm.find()) {
                fields.put(fm.group(1), fm.group(2));
            }
        }
        assertFalse(log.contains("Uncaught"), () -> "a script error in the browser:\n" + log);
        assertEquals(9, Integer.parseInt(fields.get("placeholders")), result);
        assertEquals(9, Integer.parseInt(fields.get("charts")), "every placeholder holds a uPlot chart: " + result);
        Matcher painted = PAINTED.matcher(result);
        assertTrue(painted.find(), result);
        String[] counts = painted.group(1).split(",");
        for (int i = 0; i < counts.length; i++) {
            assertTrue(Integer.parseInt(counts[i]) > 500, "chart " + i + " painted too little: " + result);
        }
        assertTrue(Integer.parseInt(fields.get("idx")) >= 0, "the hover put the cursor on a point: " + result);
        double hovered = Double.parseDouble(fields.get("hovered"));
        double shown = Double.parseDouble(fields.get("shown").replace(",", ""));
        assertEquals(hovered, shown, 0.0051, "the legend shows (to the cent) the hovered point's equity: " + result);
        assertTrue(shown > 9_000 && shown < 11_000, "a plausible equity of a 10,000 USD account: " + result);
        assertEquals("page 2 of 3", fields.get("page"), "the trade list pages 60 trades by 25: " + result);
        assertEquals("26", fields.get("firstRow"), "the second page starts at trade 26: " + result);
        System.out.printf(java.util.Locale.ROOT, "report in headless Chromium: loaded in %s ms, charts drawn in %s ms%n",
                fields.get("loadMs"), fields.get("drawMs"));
    }
}
