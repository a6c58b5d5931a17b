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
 * chart was laid out with a visible size and drawn content, and that nothing raised a script error.
 *
 * <p>The report is loaded in an iframe of a small probe page whose script measures each
 * {@code <svg>} (its box on the page, the box of what it draws, and the count of drawn elements)
 * and writes the result into the page; Chromium's {@code --dump-dom} prints the page once it has
 * loaded. {@code .ci/run} installs Debian's {@code chromium} when it is missing and sets
 * {@code PARALLAX_REQUIRE_BROWSER=1}, which makes a missing browser a failure instead of a skip.
 */
class ReportInBrowserTest {

    private static final Pattern RESULT = Pattern.compile("RESULT:(\\[.*?\\]):END");
    private static final Pattern CHART = Pattern.compile("\\{\"w\":(\\d+),\"h\":(\\d+),\"bw\":(\\d+),\"bh\":(\\d+),\"n\":(\\d+)}");

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
    void everyChartIsDrawnAndNoScriptFails() throws Exception {
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
                // the window's load waits for the frame's; registered while the page is parsed, it cannot be
                // missed, where the frame's own load event might in principle fire before this script runs
                window.addEventListener('load', function () {
                  var d = document.getElementById('r').contentDocument;
                  var charts = Array.prototype.map.call(d.querySelectorAll('svg'), function (s) {
                    var r = s.getBoundingClientRect();
                    var b = s.getBBox();
                    var n = s.querySelectorAll('path,rect,line,polyline,polygon,text,circle').length;
                    return {w: Math.round(r.width), h: Math.round(r.height), bw: Math.round(b.width),
                            bh: Math.round(b.height), n: n};
                  });
                  document.getElementById('out').textContent = 'RESULT:' + JSON.stringify(charts) + ':END'
                      + ' SCRIPTS:' + d.querySelectorAll('script').length;
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
        Matcher chart = CHART.matcher(m.group(1));
        int charts = 0;
        while (chart.find()) {
            charts++;
            int w = Integer.parseInt(chart.group(1));
            int h = Integer.parseInt(chart.group(2));
            int bw = Integer.parseInt(chart.group(3));
            int bh = Integer.parseInt(chart.group(4));
            int n = Integer.parseInt(chart.group(5));
            String which = "chart " + charts + " (" + chart.group() + ")";
            assertTrue(w >= 300 && h >= 150, which + " is not laid out at a visible size");
            assertTrue(bw >= 100 && bh >= 100, which + " draws nothing of size");
            assertTrue(n >= 20, which + " has too few drawn elements");
        }
        assertEquals(5, charts, "charts in the report: " + m.group(1));
        assertTrue(dom.contains("SCRIPTS:0"), "the report must carry no script");
        assertFalse(log.contains("Uncaught"), () -> "a script error in the browser:\n" + log);
    }
}
