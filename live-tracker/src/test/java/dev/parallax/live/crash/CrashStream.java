package dev.parallax.live.crash;

import dev.parallax.live.BacktestFills;
import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveExit;
import dev.parallax.live.LiveFills;
import dev.parallax.live.LiveTrackerSettings;
import dev.parallax.live.PriceMark;
import dev.parallax.parity.ParitySettings;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded stream of live fills and price marks, with the backtest execution of every fill, that a
 * crash test records again and again. From {@link #driftFrom()} on the live fills are 40 to 60 bps
 * worse than the backtest and report that much slippage, which drives the parity tracker over its
 * disable threshold. The same seed and length always give the same stream.
 *
 * @param events   live events in the order they are recorded
 * @param backtest the backtest execution of every entry and of every exit (under its exit id)
 * @param driftFrom index of the first event recorded while live drifts from the backtest
 */
public record CrashStream(List<LiveEvent> events, List<Fill> backtest, int driftFrom) {

    /** The strategy recorded. */
    public static final String STRATEGY = "crash-parity";
    /** The account's initial balance. */
    public static final double BALANCE = 10_000;
    /**
     * Events between two snapshots of the recorders: small, so that kills land at every distance
     * from the newest snapshot and a restart replays tails of every length.
     */
    public static final int SNAPSHOT_EVERY = 23;
    private static final Instant START = Instant.parse("2024-03-04T00:00:00Z");
    private static final String SYMBOL = "BTC/USD";

    /** The stream of {@code count} events drawn from {@code seed}. */
    public static CrashStream generate(long seed, int count) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<LiveEvent> events = new ArrayList<>(count);
        List<Fill> backtest = new ArrayList<>();
        List<OpenTrade> open = new ArrayList<>();
        int driftFrom = count * 35 / 100;
        Instant t = START;
        double price = 50_000;
        int trades = 0;
        for (int i = 0; i < count; i++) {
            t = t.plusSeconds(60 + rnd.nextInt(600));
            price *= 1 + (rnd.nextDouble() - 0.5) * 0.002;
            double diffBps = i >= driftFrom ? 40 + rnd.nextDouble() * 20 : (rnd.nextDouble() - 0.5) * 4;
            long latency = (20 + rnd.nextInt(200)) * 1_000_000L;
            double r = rnd.nextDouble();
            if (open.isEmpty() || (open.size() < 4 && r < 0.4)) {
                String id = "T" + trades++;
                Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
                double size = 0.001 * (1 + rnd.nextInt(5));
                double live = worse(price, side, diffBps);
                events.add(LiveFills.entry(id, SYMBOL, side, size, live, live * size * 0.0005, t, diffBps, latency));
                backtest.add(BacktestFills.of(id, SYMBOL, side, size, price, t, price * size * 0.0005));
                open.add(new OpenTrade(id, side, size));
            } else if (r < 0.85) {
                int pick = rnd.nextInt(open.size());
                OpenTrade trade = open.get(pick);
                boolean partial = trade.size > 0.0015 && rnd.nextDouble() < 0.3;
                double size = partial ? 0.001 : trade.size;
                Side exitSide = trade.side == Side.BUY ? Side.SELL : Side.BUY;
                String exitId = trade.id + "-x" + trade.exits++;
                double live = worse(price, exitSide, diffBps);
                events.add(LiveFills.exit(trade.id, exitId, SYMBOL, exitSide, size, live, live * size * 0.0005, t,
                        diffBps, latency));
                backtest.add(BacktestFills.of(exitId, SYMBOL, exitSide, size, price, t,
                        price * size * 0.0005));
                trade.size -= size;
                if (!partial) {
                    open.remove(pick);
                }
            } else {
                events.add(new PriceMark(SYMBOL, price, t));
            }
        }
        return new CrashStream(List.copyOf(events), List.copyOf(backtest), driftFrom);
    }

    /** The live tracker's settings in {@code dir}: default risk limits and durability. */
    public LiveTrackerSettings settings(Path dir) {
        return LiveTrackerSettings.of(STRATEGY, dir, BALANCE);
    }

    /** The parity settings in {@code dir}: default thresholds, state in {@code dir/parity}. */
    public ParitySettings paritySettings(Path dir) {
        return ParitySettings.builder().dataFolder(dir.resolve("parity")).alertLogFolder(dir.resolve("logs")).build();
    }

    /** A clock stopped at the last event, so that every run sees the same "now". */
    public Clock clock() {
        return Clock.fixed(events.get(events.size() - 1).time(), ZoneOffset.UTC);
    }

    /** Every UTC day from the first event to the last. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        LocalDate last = LocalDate.ofInstant(events.get(events.size() - 1).time(), ZoneOffset.UTC);
        for (LocalDate d = LocalDate.ofInstant(START, ZoneOffset.UTC); !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** Records event {@code index} in {@code tracker}. */
    public void record(LiveExecutionTracker tracker, int index) {
        LiveEvent event = events.get(index);
        if (event instanceof LiveEntry entry) {
            tracker.recordEntry(entry);
        } else if (event instanceof LiveExit exit) {
            tracker.recordExit(exit);
        } else {
            tracker.mark((PriceMark) event);
        }
    }

    /** Live is worse than the backtest by {@code bps}: a buy pays more, a sell receives less. */
    private static double worse(double price, Side side, double bps) {
        return price * (1 + (side == Side.BUY ? 1 : -1) * bps / 10_000);
    }

    private static final class OpenTrade {
        final String id;
        final Side side;
        double size;
        int exits;

        OpenTrade(String id, Side side, double size) {
            this.id = id;
            this.side = side;
            this.size = size;
        }
    }
}
