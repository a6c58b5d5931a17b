package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.regime.Regime;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.ledger.Ledger;
import dev.parallax.ledger.PositionMode;
import dev.parallax.live.AccountFigures;
import dev.parallax.live.LiveExecution;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveTrackerSettings;
import dev.parallax.live.PriceMark;
import dev.parallax.live.RiskLimits;
import dev.parallax.metrics.ClosedTrade;
import dev.parallax.metrics.TradeStats;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One execution stream through the backtest's books ({@link Portfolio}) and through a live tracker
 * on SQLite gives the same positions, P&amp;L, equity, closed trades and trade statistics in each
 * {@link PositionMode}, bit for bit. The stream is seeded: fills in three symbols with flips,
 * partial closes and rebates, and marks between them.
 *
 * <p>The backtest books a fill without naming a lot ({@link Ledger#apply}); the live tracker is fed
 * each fill as a {@link LiveExecution}, which it books by the same rule, in NETTING the whole fill in
 * one step. The live tracker takes each fill's price as the symbol's price, the backtest only
 * marks: so the backtest is also marked at each fill's price.
 */
class LedgerEquivalenceTest {

    private static final Instant T0 = Instant.parse("2024-05-06T00:00:00Z");
    private static final List<String> SYMBOLS = List.of("AAA", "BBB", "CCC");
    private static final int FILLS = 400;

    @TempDir
    Path dir;

    /** A mark or a fill of the stream. */
    private record Step(Fill fill, PriceMark mark) {
    }

    private static List<Step> stream(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] prices = {100, 20, 3};
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < FILLS; i++) {
            int s = random.nextInt(SYMBOLS.size());
            prices[s] = Math.max(0.5, prices[s] * (1 + (random.nextDouble() - 0.5) * 0.02));
            double price = Math.round(prices[s] * 100) / 100.0;
            double size = Math.round((0.01 + random.nextDouble() * 3) * 1000) / 1000.0;
            double fee = price * size * (random.nextInt(5) == 0 ? -0.0002 : 0.001);
            long nanos = (i * 2L + 1) * 1_000_000_000L + T0.getEpochSecond() * 1_000_000_000L;
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            steps.add(new Step(new Fill("o" + i, SYMBOLS.get(s), side, price, size, fee, FillType.TAKER, 0, 0, nanos,
                    false), null));
            if (random.nextInt(3) == 0) {
                int m = random.nextInt(SYMBOLS.size());
                double mark = Math.round(prices[m] * (1 + (random.nextDouble() - 0.5) * 0.01) * 100) / 100.0;
                steps.add(new Step(null, new PriceMark(SYMBOLS.get(m), mark, Instant.ofEpochSecond(0, nanos + 1))));
            }
        }
        return steps;
    }

    private LiveExecutionTracker openTracker(PositionMode mode) {
        LiveTrackerSettings settings = LiveTrackerSettings.builder("equivalence", dir, 100_000)
                .limits(new RiskLimits(1, 1)).positionMode(mode).build();
        return LiveExecutionTracker.builder(settings)
                .clock(Clock.fixed(T0.plusSeconds(2L * FILLS + 10), ZoneOffset.UTC)).open();
    }

    /** Runs the stream through a backtest portfolio and a live tracker of {@code mode}, reopened halfway. */
    private void run(PositionMode mode, Portfolio backtest, Consumer<LiveExecutionTracker> check) {
        List<Step> steps = stream(20_240_506L);
        LiveExecutionTracker live = openTracker(mode);
        try {
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (step.fill() != null) {
                    backtest.apply(step.fill(), Regime.UNKNOWN);
                    backtest.mark(step.fill().symbol(), step.fill().price());
                    live.recordExecution(new LiveExecution(step.fill(), 1));
                } else {
                    backtest.mark(step.mark().symbol(), step.mark().price());
                    live.mark(step.mark());
                }
                if (i == steps.size() / 2) {
                    // halfway, the live books come back from the store
                    live.close();
                    live = openTracker(mode);
                }
            }
            check.accept(live);
        } finally {
            live.close();
        }
    }

    @Test
    void perTradeBooksAreTheSameInTheBacktestAndInALiveTracker() {
        Portfolio backtest = new Portfolio(PositionMode.PER_TRADE, 100_000);
        run(PositionMode.PER_TRADE, backtest, live -> assertSameBooks(backtest, live));
    }

    @Test
    void nettingBooksAreTheSameInTheBacktestAndInALiveTracker() {
        Portfolio backtest = new Portfolio(PositionMode.NETTING, 100_000);
        run(PositionMode.NETTING, backtest, live -> {
            assertSameAccount(backtest, live);
            List<ClosedTrade> inClosingOrder = backtest.trades().stream().map(TradeRecord::toClosedTrade).toList();
            assertTrue(inClosingOrder.size() > 5, inClosingOrder.size() + " round trips");
            assertEquals(TradeStats.of(inClosingOrder), live.performance().trades());
        });
    }

    /** Fees, P&amp;L, equity and each symbol's position, bit for bit. */
    private static void assertSameAccount(Portfolio backtest, LiveExecutionTracker live) {
        AccountFigures account = live.account();
        assertEquals(backtest.fees(), account.fees(), 0.0);
        assertEquals(backtest.realizedPnl() - backtest.fees(), account.realizedPnl(), 0.0);
        assertEquals(backtest.unrealizedPnl(), account.unrealizedPnl(), 0.0);
        assertEquals(backtest.equity(), account.equity(), 0.0);
        for (String symbol : SYMBOLS) {
            assertEquals(backtest.position(symbol), live.position(symbol), 0.0, symbol);
        }
    }

    private static void assertSameBooks(Portfolio backtest, LiveExecutionTracker live) {
        assertSameAccount(backtest, live);

        List<dev.parallax.live.TradeRecord> liveClosed = live.trades().stream()
                .filter(dev.parallax.live.TradeRecord::closed)
                .sorted(Comparator.comparing(dev.parallax.live.TradeRecord::entryTime)).toList();
        List<TradeRecord> backtestClosed = backtest.trades().stream()
                .sorted(Comparator.comparingLong(TradeRecord::entryTimeNanos)).toList();
        assertTrue(backtestClosed.size() > 100, backtestClosed.size() + " closed trades");
        assertEquals(backtestClosed.size(), liveClosed.size());
        for (int i = 0; i < backtestClosed.size(); i++) {
            TradeRecord b = backtestClosed.get(i);
            dev.parallax.live.TradeRecord l = liveClosed.get(i);
            String what = "closed trade " + i + " " + l.tradeId();
            assertEquals(b.symbol(), l.symbol(), what);
            assertEquals(b.direction(), l.side(), what);
            assertEquals(Instant.ofEpochSecond(0, b.entryTimeNanos()), l.entryTime(), what);
            assertEquals(Instant.ofEpochSecond(0, b.exitTimeNanos()), l.lastExitTime().orElseThrow(), what);
            assertEquals(b.entryPrice(), l.entryPrice(), 0.0, what);
            assertEquals(b.exitPrice(), l.averageExitPrice(), 0.0, what);
            assertEquals(b.size(), l.entrySize(), 0.0, what);
            assertEquals(b.fees(), l.fees(), 0.0, what);
            assertEquals(b.netPnl(), l.realizedPnl(), 0.0, what);
        }

        List<ClosedTrade> inClosingOrder = backtest.trades().stream().map(TradeRecord::toClosedTrade).toList();
        assertEquals(TradeStats.of(inClosingOrder), live.performance().trades());
    }
}
