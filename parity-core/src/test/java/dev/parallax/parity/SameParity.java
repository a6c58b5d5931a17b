package dev.parallax.parity;

import static dev.parallax.parity.Trades.backtest;
import static dev.parallax.parity.Trades.live;
import static dev.parallax.parity.Trades.noonUtc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded trades over five days from {@link #DAY} (ids {@code t0}, {@code t1}, ...) and the check that
 * two parity trackers answer alike, for the tests of saved states and archives.
 */
final class SameParity {

    static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private SameParity() {
    }

    /** Seeded backtest executions of {@code count} trades over five days, buys and sells. */
    static List<Fill> backtests(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Fill> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant time = noonUtc(DAY.plusDays(i % 5)).plusSeconds(i);
            out.add(backtest("t" + i, random.nextBoolean() ? Side.BUY : Side.SELL, 0.5 + random.nextDouble(),
                    100 + random.nextDouble(), time, 0.01));
        }
        return out;
    }

    /** The live execution of {@code b}'s trade, a few bps away from it. */
    static Fill liveOf(Fill b, SplittableRandom random) {
        double price = b.price() * (1 + (random.nextDouble() - 0.5) * 0.002);
        return live(b.orderId(), b.side(), price, EpochNanos.instant(b.timeNanos()).plusMillis(random.nextInt(500)),
                0.012, 1, random.nextInt(200));
    }

    /**
     * The live executions of about five in six of {@code backtests} (the others stay backtest-only),
     * then one live execution without a backtest twin, {@code live-only}.
     */
    static List<Fill> livesOf(List<Fill> backtests, SplittableRandom random) {
        List<Fill> lives = new ArrayList<>();
        for (Fill b : backtests) {
            if (random.nextInt(6) > 0) {
                lives.add(liveOf(b, random));
            }
        }
        lives.add(live("live-only", 101, noonUtc(DAY.plusDays(2)), 0, 0, 5));
        return lives;
    }

    /**
     * Asserts that {@code actual} has {@code expected}'s status, counts, unmatched trades, daily
     * reports and summaries around the five days, and trades {@code t0} to {@code t<trades-1>}.
     */
    static void assertSameParity(ParityTracker expected, ParityTracker actual, int trades) {
        assertEquals(expected.status(), actual.status());
        assertEquals(expected.disableReason(), actual.disableReason());
        assertEquals(expected.completedTrades(), actual.completedTrades());
        assertEquals(expected.unmatched(), actual.unmatched());
        for (int d = -1; d < 8; d++) {
            assertEquals(expected.dailyReport(DAY.plusDays(d)), actual.dailyReport(DAY.plusDays(d)), "day " + d);
            assertEquals(expected.summary(DAY.plusDays(d)), actual.summary(DAY.plusDays(d)), "summary " + d);
        }
        for (int i = 0; i < trades; i++) {
            assertEquals(expected.trade("t" + i), actual.trade("t" + i), "trade t" + i);
        }
    }
}
