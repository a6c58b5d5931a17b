package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliRun;
import dev.parallax.parity.ParityLimits;
import dev.parallax.parity.StrategyName;
import dev.parallax.parity.state.LimitsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The demo's limits are saved, and the read-only commands reproduce its verdict under them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParityLimitsWorkflowTest {

    private static final String STRATEGY = "sma-cross-demo";
    /** The saved verdict of the demo: the 7-day drift passed 150 bps on 2013-11-29. */
    private static final String VERDICT = "on 2013-11-29: DISABLE CUMULATIVE_DRIFT: absolute cumulative drift 151.82 bps "
            + "> limit 150.00 bps";

    private Path out;
    private String data;
    private String backtest;

    @BeforeAll
    void runDemo(@TempDir Path tempDir) {
        out = tempDir.resolve("demo");
        CliRun demo = CliRun.of("demo", "--out", out.toString());
        assertEquals(0, demo.code(), demo.err());
        data = out.resolve("data").toString();
        backtest = out.resolve("backtest.json").toString();
    }

    @Test
    void theDemoSavesItsLimitsNextToTheDisableState() {
        LimitsStore store = new LimitsStore(out.resolve("data/parity"));
        ParityLimits saved = store.load(StrategyName.of(STRATEGY)).orElseThrow().limits();
        assertEquals(dev.parallax.cli.demo.DemoSetup.LIMITS, saved);
        assertEquals(150, saved.thresholds().maxCumulativeDriftBps());
        assertEquals(60, saved.thresholds().maxFeeImpactBps());
    }

    @Test
    void parityBacktestReproducesTheSavedVerdictAndItsDay() {
        CliRun run = CliRun.of("parity", "--strategy", STRATEGY, "--data-dir", data, "--backtest", backtest);
        assertEquals(3, run.code(), run.err());
        assertTrue(run.out().contains("limits: saved in " + out.resolve("data/parity/sma-cross-demo_parity_limits.json")),
                run.out());
        assertTrue(run.out().contains("status after these days: DISABLED - " + STRATEGY + " " + VERDICT), run.out());
        assertTrue(run.out().contains("the replay reaches the saved verdict"), run.out());
        assertEquals("CRITICAL", statusAtEndOf(run.out(), "2013-11-28"));
        assertEquals("DISABLED", statusAtEndOf(run.out(), "2013-11-29"));
        assertFalse(run.out().contains("FEE_IMPACT"), run.out());
    }

    @Test
    void compareReproducesTheSavedVerdictAndItsDay() {
        CliRun run = CliRun.of("compare", "--backtest", backtest, "--strategy", STRATEGY, "--data-dir", data);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("status after these days: DISABLED - " + STRATEGY + " " + VERDICT), run.out());
        assertTrue(run.out().contains("limits: saved in "), run.out());
        assertEquals("WARNING", statusAtEndOf(run.out(), "2013-11-27"));
        assertEquals("DISABLED", statusAtEndOf(run.out(), "2013-11-29"));
    }

    @Test
    void aFlagOverridesTheSavedLimitsAndTheOutputSaysSo() {
        CliRun run = CliRun.of("parity", "--strategy", STRATEGY, "--data-dir", data, "--backtest", backtest,
                "--max-fee-impact-bps", "15");
        assertEquals(3, run.code(), run.err());
        assertTrue(run.out().contains("sma-cross-demo_parity_limits.json (since "), run.out());
        assertTrue(run.out().contains("overridden by --max-fee-impact-bps"), run.out());
        // the first day's 25 bps of fee impact passes 15 bps: the default limit disables at once
        assertTrue(run.out().contains("status after these days: DISABLED - " + STRATEGY + " on 2013-11-25: DISABLE "
                + "FEE_IMPACT"), run.out());
        assertEquals("DISABLED", statusAtEndOf(run.out(), "2013-11-25"));
        assertTrue(run.out().contains("the replay differs from the saved state"), run.out());
    }

    @Test
    void aParityConfigFileOverridesTheSavedLimitsAndFlagsOverrideIt(@TempDir Path tmp) throws IOException {
        Path config = tmp.resolve("limits.yaml");
        Files.writeString(config, "maxCumulativeDriftBps: 120\nmaxFeeImpactBps: 60\n");
        CliRun run = CliRun.of("compare", "--backtest", backtest, "--strategy", STRATEGY, "--data-dir", data,
                "--parity-config", config.toString(), "--max-drift-bps", "100");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("overridden by --parity-config " + config + ", --max-drift-bps"), run.out());
        assertTrue(run.out().contains("7-day drift > 100 bps"), run.out());
        // the drift passes 100 bps on 2013-11-27 (100.7 bps), a day before it passes 120 and two before 150
        assertTrue(run.out().contains("status after these days: DISABLED - " + STRATEGY + " on 2013-11-27: DISABLE "
                + "CUMULATIVE_DRIFT"), run.out());
    }

    @Test
    void aFlagThatMakesTheLimitsInvalidIsABadArgumentNamingTheRuleAndTheFlag() {
        CliRun run = CliRun.of("compare", "--backtest", backtest, "--strategy", STRATEGY, "--data-dir", data,
                "--warning-bps", "70");
        assertEquals(2, run.code(), run.out());
        assertTrue(run.errorLine().contains("criticalTrackingErrorBps must be >= warningTrackingErrorBps (70.0), was "
                + "15.0 (after --warning-bps)"), run.err());
    }

    @Test
    void replaysChangeNoSavedFileAndAppendNoAlert() throws IOException {
        Map<Path, String> before = files(out.resolve("data"));
        assertEquals(3, CliRun.of("parity", "--strategy", STRATEGY, "--data-dir", data, "--backtest", backtest,
                "--max-drift-bps", "50").code());
        assertEquals(0, CliRun.of("compare", "--backtest", backtest, "--strategy", STRATEGY, "--data-dir", data,
                "--max-slippage-bps", "1").code());
        assertEquals(0, CliRun.of("report", "--backtest", backtest, "--strategy", STRATEGY, "--data-dir", data,
                "--format", "json").code());
        assertEquals(before, files(out.resolve("data")), "a state file or the alert log changed");
    }

    @Test
    void theDemoTakesLimitFlagsAndSaysTheyOverrideItsOwn(@TempDir Path tmp) {
        CliRun run = CliRun.of("demo", "--out", tmp.resolve("d").toString(), "--max-drift-bps", "1000",
                "--drift-window-days", "3");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("These are the demo's, overridden by --max-drift-bps, --drift-window-days."),
                run.out());
        assertFalse(run.out().contains("Why these limits"), run.out());
        assertTrue(run.out().contains("3-day drift > 1,000 bps"), run.out());
        ParityLimits saved = new LimitsStore(tmp.resolve("d/data/parity")).load(StrategyName.of(STRATEGY))
                .orElseThrow().limits();
        assertEquals(1000, saved.thresholds().maxCumulativeDriftBps());
        assertEquals(3, saved.driftWindowDays());
        assertEquals(60, saved.thresholds().maxFeeImpactBps(), "the demo's other limits stay");
    }

    private static String statusAtEndOf(String output, String day) {
        return output.lines().map(String::trim).filter(l -> l.startsWith(day)).findFirst()
                .map(l -> l.split("\\s+")[11]).orElse("no row for " + day);
    }

    /** The files of the parity state and alert log folders with their content; the live database is SQLite's. */
    private static Map<Path, String> files(Path data) throws IOException {
        Map<Path, String> all = new TreeMap<>();
        for (String folder : new String[] {"parity", "logs"}) {
            try (Stream<Path> walk = Files.walk(data.resolve(folder))) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    all.put(p, Files.readString(p));
                }
            }
        }
        return all;
    }
}
