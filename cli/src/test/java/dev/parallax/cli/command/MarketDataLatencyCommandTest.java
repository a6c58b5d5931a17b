package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.cli.CliRun;
import dev.parallax.cli.backtest.BacktestPlan;
import dev.parallax.cli.backtest.PlanBuilder;
import dev.parallax.cli.config.BacktestFile;
import dev.parallax.cli.research.ResearchPlans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The market-data latency setting of {@code parallax backtest}: flag, config key, plan, report header
 * and {@code --rerun}; and, with it off, the results of the code before it existed, kept in
 * {@code src/test/resources/reference} (see the README there).
 */
class MarketDataLatencyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFF_LINE = "market data seen at once (market-data latency off)";
    private static final String ON_LINE = "market data late by the latency model's market-data delay";

    @TempDir
    Path dir;

    private static JsonNode reference(String execution) throws IOException {
        String name = "/reference/main-bundled-" + execution + ".results.json.gz";
        try (InputStream in = MarketDataLatencyCommandTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test class path");
            }
            return JSON.readTree(new GZIPInputStream(in));
        }
    }

    private static JsonNode results(Path out) throws IOException {
        return JSON.readTree(out.resolve("results.json").toFile());
    }

    /** {@code results} without its plan: what the run produced. */
    private static JsonNode outcome(JsonNode results) {
        ObjectNode copy = results.deepCopy();
        copy.remove("plan");
        return copy;
    }

    private Path backtest(String name, String... args) {
        Path out = dir.resolve(name);
        String[] all = new String[args.length + 3];
        all[0] = "backtest";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--out";
        all[args.length + 2] = out.toString();
        CliRun run = CliRun.of(all);
        assertEquals(0, run.code(), run.err());
        return out;
    }

    /** Runs {@code parallax backtest --rerun results} into folder {@code name}; returns its standard output. */
    private String rerun(Path results, String name) {
        CliRun run = CliRun.of("backtest", "--rerun", results.toString(), "--out", dir.resolve(name).toString());
        assertEquals(0, run.code(), run.err());
        return run.out();
    }

    @Test
    void withMarketDataLatencyOffTheBundledRunsEqualTheResultsOfTheCodeBeforeIt() throws IOException {
        for (String execution : new String[] {"next-bar-open", "signal-bar-close"}) {
            JsonNode off = results(backtest(execution, "--execution", execution, "--no-market-data-latency"));
            JsonNode before = reference(execution);
            assertTrue(before.get("fills").size() > 100, "the reference run traded");
            assertEquals(outcome(before), outcome(off), execution);
            assertFalse(off.get("plan").get("marketDataLatency").asBoolean());
        }
    }

    @Test
    void signalBarCloseFillsComeLaterByTheDataDelayAtTheSamePrices() throws IOException {
        JsonNode on = results(backtest("on", "--execution", "signal-bar-close"));
        JsonNode before = reference("signal-bar-close");
        assertTrue(on.get("plan").get("marketDataLatency").asBoolean(), "on by default");
        JsonNode fills = on.get("fills");
        JsonNode old = before.get("fills");
        assertEquals(old.size(), fills.size());
        java.util.Set<String> orders = new java.util.HashSet<>();
        for (int i = 0; i < fills.size(); i++) {
            JsonNode f = fills.get(i);
            JsonNode o = old.get(i);
            assertEquals(o.get("orderId"), f.get("orderId"));
            long lateNanos = Duration.between(Instant.parse(o.get("time").asText()),
                    Instant.parse(f.get("time").asText())).toNanos();
            if (orders.add(f.get("orderId").asText())) {
                // an order's first fill: the bar was seen 5 to 250 ms late (5-50 ms, 5x spikes), so the
                // order went out that much later and met the same close snapshot
                assertTrue(lateNanos >= 5_000_000 && lateNanos <= 250_000_000, "fill " + i + " late by " + lateNanos);
            } else {
                // the rest of a partly filled order fills at a later snapshot of the bars, as before
                assertTrue(lateNanos >= 0 && lateNanos <= 250_000_000, "fill " + i + " late by " + lateNanos);
            }
            assertEquals(o.get("price").asDouble(), f.get("price").asDouble(), 0.0, "fill " + i);
            assertEquals(o.get("size").asDouble(), f.get("size").asDouble(), 0.0, "fill " + i);
            assertEquals(o.get("latencyMillis").asDouble(), f.get("latencyMillis").asDouble(), 0.0, "fill " + i);
        }
        assertNotEquals(outcome(before), outcome(on));
    }

    @Test
    void aRerunOfAResultsFileWrittenBeforeTheSettingRepeatsItWithoutMarketDataLatency() throws IOException {
        Path old = dir.resolve("old.json");
        Files.writeString(old, reference("signal-bar-close").toPrettyString());
        String printed = rerun(old, "rerun");
        assertTrue(printed.contains(OFF_LINE), printed);
        assertEquals(outcome(reference("signal-bar-close")), outcome(results(dir.resolve("rerun"))));
    }

    @Test
    void theSettingIsRecordedInThePlanShownInTheReportsAndRepeatedByARerun() throws IOException {
        Path yaml = dir.resolve("bt.yaml");
        Files.writeString(yaml, """
                execution: signal-bar-close
                market_data_latency: false
                to: 2013-11-26
                """);
        Path fromFile = backtest("file", "--config", yaml.toString());
        JsonNode plan = results(fromFile).get("plan");
        assertFalse(plan.get("marketDataLatency").asBoolean());
        String html = Files.readString(fromFile.resolve("report.html"));
        assertTrue(html.contains(OFF_LINE), "the HTML report's plan section says it is off");
        CliRun report = CliRun.of("report", "--backtest", fromFile.resolve("results.json").toString());
        assertEquals(0, report.code(), report.err());
        assertTrue(report.out().contains(OFF_LINE), report.out());

        Path flagWins = backtest("flag", "--config", yaml.toString(), "--market-data-latency");
        assertTrue(results(flagWins).get("plan").get("marketDataLatency").asBoolean(), "a flag wins over the file");
        assertTrue(Files.readString(flagWins.resolve("report.html")).contains(ON_LINE));

        rerun(fromFile.resolve("results.json"), "rerun");
        Path rerun = dir.resolve("rerun");
        assertArrayEquals(Files.readAllBytes(fromFile.resolve("results.json")),
                Files.readAllBytes(rerun.resolve("results.json")));
        assertNotEquals(outcome(results(flagWins)).get("fills"), outcome(results(rerun)).get("fills"));
    }

    @Test
    void aSweepOfAConfigRunsWithItsSetting() {
        BacktestFile off = new BacktestFile(null, null, null, null, null, null, null, null, false, null, null, null,
                null, null, null);
        BacktestPlan plan = PlanBuilder.build(off, Path.of(""), new StrategyOptions(), new PlanOptions());
        assertFalse(plan.marketDataLatency());
        assertFalse(ResearchPlans.of(plan).base().marketDataLatency());
        assertTrue(ResearchPlans.of(PlanBuilder.build(BacktestFile.EMPTY, Path.of(""), new StrategyOptions(),
                new PlanOptions())).base().marketDataLatency(), "on by default");
    }

    @Test
    void aPlanWhoseSettingIsNotTrueOrFalseIsRefusedNamingTheField() throws IOException {
        ObjectNode bad = (ObjectNode) reference("next-bar-open").deepCopy();
        ((ObjectNode) bad.get("plan")).put("marketDataLatency", "yes");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, bad.toPrettyString());
        CliRun run = CliRun.of("backtest", "--rerun", file.toString(), "--out", dir.resolve("x").toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.errorLine().contains("plan.marketDataLatency must be true or false, was \"yes\""), run.err());
    }
}
