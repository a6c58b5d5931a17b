package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan recorded in results.json, {@code --rerun}, the bar-time convention and the ideal preset. */
class RunPlanTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** 40 daily bars labelled by date from Monday 2024-01-01, every day of the week, prices rising then falling. */
    private Path dailyByDate() throws IOException {
        StringBuilder s = new StringBuilder("time,open,high,low,close,volume\n");
        for (int i = 0; i < 40; i++) {
            double open = 100 + 10 * Math.sin(i / 4.0);
            double close = 100 + 10 * Math.sin((i + 1) / 4.0);
            s.append(LocalDate.of(2024, 1, 1).plusDays(i)).append(String.format(Locale.ROOT, ",%.2f,%.2f,%.2f,%.2f,1000%n",
                    open, Math.max(open, close) + 1, Math.min(open, close) - 1, close));
        }
        Path f = dir.resolve("daily.csv");
        Files.writeString(f, s);
        return f;
    }

    private JsonNode results(Path out) throws IOException {
        return JSON.readTree(out.resolve("results.json").toFile());
    }

    @Test
    void resultsRecordTheResolvedPlanWithTheDigestOfTheData() throws Exception {
        Path data = dailyByDate();
        Path out = dir.resolve("a");
        CliRun run = CliRun.of("backtest", "--data", data.toString(), "--format", "ohlcv", "--symbol", "XYZ",
                "--set", "fast=3", "--set", "slow=8", "--fee", "maker-taker:taker_bps=7", "--seed", "9",
                "--from", "2024-01-03", "--to", "2024-02-05", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode plan = results(out).get("plan");
        assertEquals("sma-cross", plan.get("strategy").asText());
        assertEquals("3", plan.get("strategySettings").get("fast").asText());
        assertEquals(9, plan.get("seed").asLong());
        assertEquals("2024-01-03", plan.get("from").asText());
        assertEquals("2024-02-05", plan.get("to").asText());
        assertEquals("maker-taker", plan.get("models").get("fee").get("name").asText());
        assertEquals("7", plan.get("models").get("fee").get("settings").get("taker_bps").asText());
        assertEquals("uniform-spikes", plan.get("models").get("latency").get("name").asText());
        assertEquals("realistic", plan.get("executionModels").asText());
        assertEquals(365.0, plan.get("periodsPerYear").asDouble());
        assertTrue(plan.get("parallaxVersion").asText().matches("\\d+\\.\\d+\\.\\d+.*"), plan.toString());
        JsonNode d = plan.get("data");
        assertEquals(data.toAbsolutePath().toString(), d.get("file").asText());
        assertEquals("PT24H", d.get("bar").asText(), "inferred from the dates");
        assertEquals("open", d.get("barTime").asText());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(data)));
        assertEquals(sha, d.get("sha256").asText());
        assertEquals(Files.size(data), d.get("bytes").asLong());
        // the window ends on the bar labelled 2024-02-05; rows are read up to the first one after it
        assertTrue(d.get("rowsRead").asLong() >= 36 && d.get("rowsRead").asLong() <= 37, d.toString());
        assertEquals(0, d.get("rowsSkipped").asLong());
        // the header of the printed and the HTML report shows the plan
        String html = Files.readString(out.resolve("report.html"));
        for (String shown : new String[] {"SHA-256 " + sha, "bars of 1d labelled by their open",
                "window 2024-01-03 to 2024-02-05", "fee maker-taker{taker_bps=7}", "seed 9", "365 periods a year"}) {
            assertTrue(run.out().contains(shown), shown + " in " + run.out());
            assertTrue(html.contains(shown), shown + " in the HTML report");
        }
        CliRun report = CliRun.of("report", "--backtest", out.resolve("results.json").toString());
        assertEquals(0, report.code(), report.err());
        CliRun zone = CliRun.of("report", "--backtest", out.resolve("results.json").toString(), "--zone", "Mars");
        assertEquals(2, zone.code(), "a parity limit without a parity replay would be ignored");
        assertTrue(zone.errorLine().contains("--zone set parity limits"), zone.err());
        assertTrue(report.out().contains("SHA-256 " + sha) && report.out().contains("fee maker-taker{taker_bps=7}"),
                report.out());
    }

    @Test
    void aRerunWritesAByteIdenticalResultsFile() throws IOException {
        Path data = dailyByDate();
        Path yaml = dir.resolve("bt.yaml");
        Files.writeString(yaml, """
                strategy: sma-cross
                settings: {fast: 3, slow: 8, units: 2}
                data: {file: daily.csv, format: ohlcv, symbol: XYZ, bar_time: open}
                balance: 20000
                account: {type: margin, initial_margin: 0.2, maintenance_margin: 0.1, max_leverage: 5}
                models:
                  latency: {name: lognormal, settings: {submit_median_ms: 40}}
                """);
        Path first = dir.resolve("first");
        assertEquals(0, CliRun.of("backtest", "--config", yaml.toString(), "--out", first.toString()).code());
        Path second = dir.resolve("second");
        CliRun rerun = CliRun.of("backtest", "--rerun", first.resolve("results.json").toString(), "--out",
                second.toString());
        assertEquals(0, rerun.code(), rerun.err());
        assertArrayEquals(Files.readAllBytes(first.resolve("results.json")),
                Files.readAllBytes(second.resolve("results.json")));
        assertTrue(Files.readString(first.resolve("results.json")).contains("\"fills\" : [ {"), "it traded");
        JsonNode account = results(first).get("plan").get("account");
        assertEquals("margin", account.get("type").asText());
        assertEquals(0.2, account.get("initialMargin").asDouble());
        assertEquals(0.1, account.get("maintenanceMargin").asDouble());
        assertEquals(5.0, account.get("maxLeverage").asDouble());
    }

    @Test
    void aRerunOfTheBundledDataIsByteIdenticalToo() throws IOException {
        Path first = dir.resolve("b1");
        assertEquals(0, CliRun.of("backtest", "--from", "2013-11-26", "--to", "2013-11-26", "--out",
                first.toString()).code());
        assertTrue(results(first).get("plan").get("data").get("file").isNull());
        Path second = dir.resolve("b2");
        assertEquals(0, CliRun.of("backtest", "--rerun", first.resolve("results.json").toString(), "--out",
                second.toString()).code());
        assertArrayEquals(Files.readAllBytes(first.resolve("results.json")),
                Files.readAllBytes(second.resolve("results.json")));
    }

    @Test
    void aRerunRefusesDataThatChangedAndOtherSettings() throws IOException {
        Path data = dailyByDate();
        Path out = dir.resolve("c");
        assertEquals(0, CliRun.of("backtest", "--data", data.toString(), "--format", "ohlcv", "--out",
                out.toString()).code());
        String results = out.resolve("results.json").toString();
        CliRun withSeed = CliRun.of("backtest", "--rerun", results, "--seed", "1");
        assertEquals(2, withSeed.code());
        assertTrue(withSeed.errorLine().contains("remove --seed"), withSeed.err());
        Files.writeString(data, Files.readString(data).replace("1000", "1001"));
        CliRun changed = CliRun.of("backtest", "--rerun", results, "--out", dir.resolve("d").toString());
        assertEquals(1, changed.code());
        assertTrue(changed.errorLine().contains("not the same data") && changed.errorLine().contains("daily.csv"),
                changed.err());
        Path old = dir.resolve("old.json");
        Files.writeString(old, "{\"schema\": \"parallax.backtest/1\", \"strategy\": \"x\"}");
        CliRun noPlan = CliRun.of("backtest", "--rerun", old.toString());
        assertEquals(1, noPlan.code());
        assertTrue(noPlan.errorLine().contains("records no plan"), noPlan.err());
    }

    /** The results.json of a backtest of one day of the bundled trades, written to folder {@code name}. */
    private String oneBundledDay(String name) throws IOException {
        Path out = dir.resolve(name);
        assertEquals(0, CliRun.of("backtest", "--from", "2013-11-26", "--to", "2013-11-26", "--out",
                out.toString()).code());
        return Files.readString(out.resolve("results.json"));
    }

    @Test
    void aPlanWithAnUnknownFieldOrAKeyTwiceIsRefused() throws IOException {
        String json = oneBundledDay("e");
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, json.replace("\"seed\" : 42", "\"seed\" : 42, \"sead\" : 1"));
        CliRun u = CliRun.of("backtest", "--rerun", unknown.toString());
        assertEquals(1, u.code());
        assertTrue(u.errorLine().contains("unknown fields [sead]"), u.err());
        Path twice = dir.resolve("twice.json");
        Files.writeString(twice, json.replace("\"seed\" : 42", "\"seed\" : 42, \"seed\" : 43"));
        CliRun t = CliRun.of("backtest", "--rerun", twice.toString());
        assertEquals(1, t.code());
        assertTrue(t.errorLine().contains("seed"), t.err());
    }

    @Test
    void aPlanValueThatDoesNotReadNamesTheFileAndTheField() throws IOException {
        String json = oneBundledDay("f");
        String[][] cases = {
            {"\"bar\" : \"PT5M\"", "\"bar\" : \"5m\"", "plan.data.bar must be an ISO-8601 duration"},
            {"\"bar\" : \"PT5M\"", "\"bar\" : \"PT9999999H\"", "plan.data.bar must be an ISO-8601 duration"},
            {"\"from\" : \"2013-11-26\"", "\"from\" : \"2013-13-26\"", "plan.from must be a date"},
            {"\"format\" : \"trades\"", "\"format\" : \"csv\"", "plan is not valid: unknown data format 'csv'"},
            {"\"barTime\" : \"open\"", "\"barTime\" : \"mid\"", "plan is not valid: bar time must be open"},
            {"\"execution\" : \"next-bar-open\"", "\"execution\" : \"soon\"", "plan is not valid: execution must"},
            {"\"name\" : \"maker-taker\"", "\"name\" : \"nosuch\"", "plan.models: no FeeModelProvider named"},
        };
        for (String[] c : cases) {
            assertTrue(json.contains(c[0]), c[0]);
            Path bad = dir.resolve("bad.json");
            Files.writeString(bad, json.replace(c[0], c[1]));
            CliRun run = CliRun.of("backtest", "--rerun", bad.toString(), "--out", dir.resolve("g").toString());
            assertEquals(1, run.code(), c[1] + ": " + run.err());
            assertTrue(run.errorLine().startsWith("parallax backtest: " + bad + " plan"), c[1] + ": " + run.err());
            assertTrue(run.errorLine().contains(c[2]), c[1] + ": " + run.err());
        }
    }

    @Test
    void dailyBarsLabelledByDateFillOnTheDayAfterTheSignal() throws IOException {
        Path data = dailyByDate();
        Path out = dir.resolve("f");
        assertEquals(0, CliRun.of("backtest", "--data", data.toString(), "--format", "ohlcv", "--set", "fast=3",
                "--set", "slow=8", "--execution-models", "ideal", "--out", out.toString()).code());
        JsonNode fills = results(out).get("fills");
        assertTrue(fills.size() >= 2, fills.toString());
        for (JsonNode f : fills) {
            LocalDate day = Instant.parse(f.get("time").asText()).atZone(ZoneOffset.UTC).toLocalDate();
            // ideal execution, next bar's open: the fill is at the open written on the row of its own day
            String row = Files.readString(data).lines().filter(l -> l.startsWith(day.toString())).findFirst()
                    .orElseThrow(() -> new AssertionError("no bar labelled " + day + " for fill " + f));
            assertEquals(Double.parseDouble(row.split(",")[1]), f.get("price").asDouble(), 0.0, f.toString());
            assertEquals(0.0, f.get("fee").asDouble());
        }
        // read as labelled by their close, the same rows put every fill on the day before
        Path close = dir.resolve("g");
        assertEquals(0, CliRun.of("backtest", "--data", data.toString(), "--format", "ohlcv", "--set", "fast=3",
                "--set", "slow=8", "--execution-models", "ideal", "--bar-time", "close", "--out",
                close.toString()).code());
        Instant openFill = Instant.parse(fills.get(0).get("time").asText());
        Instant closeFill = Instant.parse(results(close).get("fills").get(0).get("time").asText());
        assertEquals(86_400L, openFill.getEpochSecond() - closeFill.getEpochSecond());
    }

    @Test
    void aWindowOnTradesKeepsTheTradesOfItsDaysAndNoOthers() throws IOException {
        // 5-minute bars are timed by their end: the bar timed 2024-01-02T00:00 holds a trade of the 1st,
        // the bar timed 2024-01-03T00:00 the last trade of the 2nd
        Path trades = dir.resolve("trades.csv");
        Files.writeString(trades, "timestamp,price,amount\n"
                + Instant.parse("2024-01-01T23:57:00Z").getEpochSecond() + ",100,1\n"
                + Instant.parse("2024-01-02T00:01:00Z").getEpochSecond() + ",101,1\n"
                + Instant.parse("2024-01-02T23:57:00Z").getEpochSecond() + ",102,1\n"
                + Instant.parse("2024-01-03T00:01:00Z").getEpochSecond() + ",103,1\n");
        Path out = dir.resolve("window");
        CliRun run = CliRun.of("backtest", "--data", trades.toString(), "--from", "2024-01-02", "--to", "2024-01-02",
                "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode summary = results(out).get("summary");
        assertEquals(2, summary.get("events").asLong());
        assertEquals("2024-01-02T00:05:00Z", summary.get("start").asText());
        assertEquals("2024-01-03T00:00:00Z", summary.get("end").asText());
    }

    @Test
    void theIdealPresetIsFrictionlessAndSaysSo() throws IOException {
        Path data = dailyByDate();
        Path out = dir.resolve("h");
        CliRun run = CliRun.of("backtest", "--data", data.toString(), "--format", "ohlcv", "--set", "fast=3",
                "--set", "slow=8", "--execution-models", "ideal", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("ideal execution (zero fees, spread, slippage and latency; full fills)"),
                run.out());
        JsonNode r = results(out);
        assertEquals(0.0, r.get("summary").get("totalFees").asDouble());
        assertEquals(0.0, r.get("execution").get("averageSlippageBps").asDouble());
        assertEquals(0.0, r.get("execution").get("averageFillLatencyMillis").asDouble());
        assertEquals(0, r.get("execution").get("partialFills").asLong());
        assertEquals(0.0, r.get("plan").get("barSpreadBps").asDouble());
        assertTrue(Files.readString(out.resolve("report.html")).contains("ideal execution"));
        CliRun replaced = CliRun.of("backtest", "--data", data.toString(), "--format", "ohlcv", "--execution-models",
                "ideal", "--fee", "maker-taker", "--out", dir.resolve("i").toString());
        assertTrue(replaced.out().contains("ideal preset with fee replaced"), replaced.out());
    }

    @Test
    void theIdealPresetReservesNoFeeSoAnAllInBuyIsTaken() throws IOException {
        // with zero fees an order for all the cash costs exactly the cash: a 25 bps fee allowance
        // (250 on 100,000) used to refuse every such order, so a textbook all-in run never traded
        Path data = dailyByDate();
        Path out = dir.resolve("all-in");
        CliRun run = CliRun.of("backtest", "--data", data.toString(), "--format", "ohlcv", "--set", "fast=3",
                "--set", "slow=8", "--set", "equity_fraction=1", "--execution-models", "ideal",
                "--execution", "signal-bar-close", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode r = results(out);
        assertEquals(0, r.get("summary").get("rejectedOrders").asLong(), run.out());
        assertTrue(r.get("fills").size() > 0, run.out());
        assertEquals(0.0, r.get("plan").get("account").get("feeReserveBps").asDouble());
        // a fee model that charges keeps the allowance, under the ideal preset too
        CliRun charged = CliRun.of("backtest", "--data", data.toString(), "--format", "ohlcv", "--set", "fast=3",
                "--set", "slow=8", "--execution-models", "ideal", "--fee", "maker-taker", "--out",
                dir.resolve("charged").toString());
        assertEquals(0, charged.code(), charged.err());
        assertEquals(25.0, results(dir.resolve("charged")).get("plan").get("account").get("feeReserveBps").asDouble());
    }

    @Test
    void theReadmeConfigOnAnExpensiveInstrumentIsRefusedByBuyingPowerNotDrivenBelowZero() throws IOException {
        // the README's settings (units: 1, balance: 10000) on prices around 40,000
        StringBuilder s = new StringBuilder("time,open,high,low,close,volume\n");
        for (int i = 0; i < 60; i++) {
            double open = 40_000 + 4_000 * Math.sin(i / 5.0);
            double close = 40_000 + 4_000 * Math.sin((i + 1) / 5.0);
            s.append(LocalDate.of(2024, 1, 1).plusDays(i)).append(String.format(Locale.ROOT,
                    ",%.2f,%.2f,%.2f,%.2f,1000%n", open, Math.max(open, close) + 10, Math.min(open, close) - 10, close));
        }
        Files.writeString(dir.resolve("btc.csv"), s);
        Path yaml = dir.resolve("readme.yaml");
        Files.writeString(yaml, """
                strategy: sma-cross
                settings: {fast: 5, slow: 20, units: 1}
                data: {file: btc.csv, format: ohlcv, symbol: BTC/USD}
                balance: 10000
                execution: next-bar-open
                """);
        Path out = dir.resolve("readme");
        CliRun run = CliRun.of("backtest", "--config", yaml.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("orders rejected by the account; first: order 'sma-"), run.out());
        assertTrue(run.out().contains("but the cash account has 10,000.00 available"), run.out());
        JsonNode summary = results(out).get("summary");
        assertTrue(summary.get("rejectedOrders").asLong() >= 1, summary.toString());
        assertEquals(0.0, summary.get("totalReturn").asDouble(), "nothing was bought, nothing was lost");
        assertTrue(summary.get("ruinedAt").isNull());
        // on a margin account with 5x the same order goes through
        CliRun margin = CliRun.of("backtest", "--config", yaml.toString(), "--account", "margin", "--initial-margin",
                "0.2", "--maintenance-margin", "0.1", "--max-leverage", "5", "--out", dir.resolve("m").toString());
        assertEquals(0, margin.code(), margin.err());
        assertTrue(margin.out().contains("margin account (initial margin 20%, maintenance 10%, leverage cap 5x)"),
                margin.out());
        assertTrue(results(dir.resolve("m")).get("fills").size() > 0);
        CliRun cashWithLimits = CliRun.of("backtest", "--config", yaml.toString(), "--max-leverage", "5");
        assertEquals(2, cashWithLimits.code(), cashWithLimits.err());
        assertTrue(cashWithLimits.errorLine().contains("add --account margin"), cashWithLimits.err());
    }

    @Test
    void badArgumentValuesExitTwoAndBadConfigValuesExitOne() throws IOException {
        for (String[] args : new String[][] {{"--from", "2024-13-01"}, {"--fee", "nosuch"}, {"--bar", "5 minutes"},
                {"--balance", "-1"}, {"--balance", "1e308"}, {"--bar-time", "middle"}, {"--execution-models", "perfect"},
                {"--execution", "sometime"}, {"--periods-per-year", "0"}, {"--latency", "constant:speed=1"},
                {"--from", "2024-02-01", "--to", "2024-01-01"}, {"--bar-spread-bps", "20000"},
                {"--strategy", "nope"}, {"--set", "fast=abc"}, {"--set", "fast=50"}, {"--symbol", " "}}) {
            String[] full = new String[args.length + 1];
            full[0] = "backtest";
            System.arraycopy(args, 0, full, 1, args.length);
            CliRun run = CliRun.of(full);
            assertEquals(2, run.code(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.errorLine().contains(args[args.length - 2]), run.err());
        }
        Path yaml = dir.resolve("bad.yaml");
        for (String config : new String[] {"from: 2024-13-01\n", "strategy: nope\n", "settings:\n  fast: abc\n"}) {
            Files.writeString(yaml, config);
            CliRun file = CliRun.of("backtest", "--config", yaml.toString());
            assertEquals(1, file.code(), config + ": " + file.err());
        }
        // a spread of 200% quotes a bid of zero: refused before the run, not by the run on its first bar
        Files.writeString(yaml, "bar_spread_bps: 20000\n");
        CliRun spread = CliRun.of("backtest", "--config", yaml.toString());
        assertEquals(1, spread.code(), spread.err());
        assertTrue(spread.errorLine().contains("barSpreadBps must be below 20000.0"), spread.err());
    }
}
