package dev.parallax.cli.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.adapters.data.BadRowPolicy;
import dev.parallax.adapters.data.TradeCsvFormat;
import dev.parallax.adapters.stream.ReplaySettings;
import dev.parallax.adapters.stream.TradeFile;
import dev.parallax.adapters.stream.TradeReplayServer;
import dev.parallax.cli.CliRun;
import dev.parallax.cli.data.BundledData;
import dev.parallax.cli.live.LiveDatabase;
import dev.parallax.cli.parity.BacktestFills;
import dev.parallax.ledger.PositionMode;
import dev.parallax.live.LiveExecution;
import dev.parallax.live.LiveTrackerBuilder;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.Fill;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parallax paper} against a real WebSocket server replaying the bundled trades, compared
 * with {@code parallax backtest} of the same trades and seed.
 */
class PaperCommandTest {

    private static final String NAME = "sma-cross";

    @TempDir
    Path dir;

    /** The bundled trades of the first {@code seconds}, as a trades CSV file. */
    private Path trades(long seconds) throws IOException {
        Path file = dir.resolve("trades.csv");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(BundledData.open(), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(in.readLine() + "\n");
            long first = -1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                long t = Long.parseLong(line.substring(0, line.indexOf(',')));
                first = first < 0 ? t : first;
                if (t >= first + seconds) {
                    break;
                }
                out.write(line + "\n");
            }
        }
        return file;
    }

    private Path backtest(Path trades, String seed) {
        Path out = dir.resolve("backtest-" + seed);
        CliRun run = CliRun.of("backtest", "--data", trades.toString(), "--lenient", "--seed", seed, "--out",
                out.toString());
        assertEquals(0, run.code(), run.err());
        return out.resolve("results.json");
    }

    /** Runs {@code parallax paper} with {@code args} against a replay of {@code trades} at 20,000 times real time. */
    private CliRun paper(Path trades, String... args) {
        TradeFile file = TradeFile.csv(trades, TradeCsvFormat.of(BundledData.SYMBOL).withPolicy(BadRowPolicy.LENIENT));
        try (TradeReplayServer server = TradeReplayServer.start(file, new ReplaySettings(0, 20_000,
                ReplaySettings.DEFAULT_PAIR))) {
            List<String> all = new java.util.ArrayList<>(List.of("paper", "--feed", server.url().toString(),
                    "--data-dir", dir.resolve("data").toString()));
            all.addAll(List.of(args));
            return CliRun.of(all.toArray(String[]::new));
        }
    }

    /** The executions recorded in the live database, each a row of its own, in recorded order. */
    private List<LiveExecution> executions() {
        return LiveDatabase.events(dir.resolve("data"), NAME).stream().filter(LiveExecution.class::isInstance)
                .map(LiveExecution.class::cast).toList();
    }

    /** The recorded executions of each order summed, as parity compares them. */
    private List<Fill> recorded() {
        return Fill.byOrder(executions().stream().map(LiveExecution::fill).toList());
    }

    private PositionMode savedPositionMode() {
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqliteReadOnly(
                LiveDatabase.file(dir.resolve("data"), NAME))) {
            return LiveTrackerBuilder.positionMode(store);
        }
    }

    /** The parity tracker's saved state (its status, and the reason of a disable). */
    private ParityTracker savedParity() {
        return ParityTrackerRegistry.create(ParitySettings.builder().dataFolder(dir.resolve("data/parity"))
                .alertLogFolder(dir.resolve("logs")).build()).tracker(NAME);
    }

    @Test
    void paperTradingTheReplayedTradesRecordsExactlyTheBacktestsExecutionsAndParityIsZeroEveryDay()
            throws IOException {
        Path trades = trades(30 * 3600);
        Path results = backtest(trades, "7");
        CliRun paper = paper(trades, "--seed", "7", "--backtest", results.toString());
        assertEquals(0, paper.code(), paper.err());
        assertTrue(paper.out().contains(" 0 late events (exactly a backtest of the same trades)"), paper.out());
        assertEquals(PositionMode.NETTING, savedPositionMode(), "a new live account nets by default, as the session does");

        List<Fill> backtest = BacktestFills.read(results);
        List<Fill> live = recorded();
        assertTrue(backtest.size() >= 10, "the backtest traded: " + backtest.size() + " orders");
        assertEquals(backtest.stream().map(Fill::orderId).toList(), live.stream().map(Fill::orderId).toList());
        for (int i = 0; i < backtest.size(); i++) {
            Fill b = backtest.get(i);
            Fill l = live.get(i);
            String id = b.orderId();
            assertEquals(b.side(), l.side(), id);
            assertEquals(b.symbol(), l.symbol(), id);
            assertEquals(b.price(), l.price(), 0.0, id);
            assertEquals(b.size(), l.size(), 0.0, id);
            assertEquals(b.fee(), l.fee(), 0.0, id);
            assertEquals(b.timeNanos(), l.timeNanos(), id);
            assertEquals(b.slippageBps(), l.slippageBps(), 0.0, id);
            assertEquals(b.latencyNanos(), l.latencyNanos(), id);
            assertEquals(b.fillType(), l.fillType(), id);
        }

        assertTrue(paper.out().contains("parity: ACTIVE, " + backtest.size() + " trades compared"), paper.out());
        TreeSet<LocalDate> days = new TreeSet<>();
        backtest.forEach(f -> days.add(Instant.ofEpochSecond(0, f.timeNanos()).atZone(ZoneOffset.UTC).toLocalDate()));
        assertTrue(days.size() >= 2, "the trades span days: " + days);

        // the daily parity reports, rebuilt from the backtest's results and the live database
        CliRun replay = CliRun.of("parity", "--strategy", NAME, "--data-dir", dir.resolve("data").toString(),
                "--backtest", results.toString());
        assertEquals(0, replay.code(), replay.err());
        List<String> rows = replay.out().lines().map(String::trim).filter(l -> l.matches("\\d{4}-\\d{2}-\\d{2} .*"))
                .toList();
        assertEquals(days.stream().map(LocalDate::toString).toList(), rows.stream().map(r -> r.substring(0, 10))
                .filter(d -> days.contains(LocalDate.parse(d))).toList());
        int matched = 0;
        for (String row : rows) {
            // day, matched, tracking error, mean, slippage, fee, timing, impact, P&L difference, drift
            String[] cells = row.split("\\s+");
            matched += Integer.parseInt(cells[1]);
            for (int c = 2; c <= 9; c++) {
                assertEquals(0.0, Math.abs(Double.parseDouble(cells[c])), 0.0, row);
            }
        }
        assertEquals(backtest.size(), matched);
    }

    @Test
    void aStrategyDisabledByParitySendsNoNewEntriesButStillCloses() throws IOException {
        Path trades = trades(30 * 3600);
        // the twins come from another seed, so the first compared trades differ; one trade a day is
        // enough to judge, and the smallest gap disables
        Path otherSeed = backtest(trades, "8");
        CliRun paper = paper(trades, "--seed", "7", "--backtest", otherSeed.toString(), "--min-trades", "1",
                "--warning-bps", "0.0001", "--critical-bps", "0.0005", "--disable-bps", "0.001",
                "--position-mode", "per-trade");
        assertEquals(0, paper.code(), paper.err() + paper.out());
        assertTrue(paper.out().contains("parity: DISABLED"), paper.out());
        assertEquals(PositionMode.PER_TRADE, savedPositionMode(), "--position-mode sets the live account's books");

        ParityTracker parity = savedParity();
        assertTrue(parity.isDisabled());
        List<String> entries = executions().stream().filter(e -> e.side() == dev.parallax.sim.api.Side.BUY)
                .map(LiveExecution::orderId).distinct().toList();
        Path unrestricted = backtest(trades, "7");
        int allEntries = (int) BacktestFills.read(unrestricted).stream()
                .filter(f -> f.side() == dev.parallax.sim.api.Side.BUY).count();
        assertFalse(entries.isEmpty(), "it traded before the disable");
        assertTrue(entries.size() < allEntries, "entries after the disable were refused: " + entries.size()
                + " of " + allEntries);
        // every trade it opened was closed: exits still go out once disabled
        assertEquals(List.of(), LiveDatabase.openForReading(dir.resolve("data"), NAME,
                dev.parallax.metrics.MetricOptions.DEFAULT).openPositions());
    }
}
