package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.ledger.PositionMode;
import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random streams of executions (orders filled in one to three parts, flips, fills repeated as
 * a venue replays them after a reconnect), with marks, named entries and breaker trips and resets,
 * in PER_TRADE and in NETTING, recorded with a snapshot every few events and reopened at random
 * moments: a tracker opened from the newest snapshot and the events after it shows exactly what a
 * full replay of the same events shows, and what the writer shows.
 */
class ExecutionReplayPropertyTest {

    private static final long SEED = 20261204L;
    private static final int STREAMS = 8;
    private static final int EVENTS = 200;
    private static final Instant START = Instant.parse("2024-03-04T00:00:00Z");
    private static final String[] SYMBOLS = {"BTC/USD", "ETH/USD"};

    @TempDir
    Path temp;

    @Test
    void aTrackerOfExecutionsOpenedFromSnapshotAndTailEqualsAFullReplayInBothModes() {
        SplittableRandom seeds = new SplittableRandom(SEED);
        int comparisons = 0;
        int fromSnapshot = 0;
        int pastBreaker = 0;
        int repeated = 0;
        for (int s = 0; s < STREAMS; s++) {
            PositionMode mode = s % 2 == 0 ? PositionMode.PER_TRADE : PositionMode.NETTING;
            Stream stream = new Stream(seeds.split(), temp.resolve("stream-" + s), mode, 1 + seeds.nextInt(30));
            for (int i = 0; i < EVENTS; i++) {
                stream.next();
                if (stream.random.nextInt(20) == 0) {
                    fromSnapshot += stream.compareReaderWithFullReplay("stream " + s + " (" + mode + ") event " + i)
                            ? 1 : 0;
                    comparisons++;
                }
                if (stream.random.nextInt(50) == 0) {
                    stream.reopen();
                }
            }
            pastBreaker += (int) stream.tracker.riskEvents().stream()
                    .filter(r -> r.kind() == RiskEventKind.EXECUTION_WHILE_REFUSED).count();
            repeated += stream.repeated;
            stream.reopen();
            fromSnapshot += stream.compareReaderWithFullReplay("stream " + s + " after closing") ? 1 : 0;
            comparisons++;
            stream.tracker.close();
        }
        assertTrue(comparisons > 60, "comparisons " + comparisons);
        assertTrue(fromSnapshot > comparisons * 3 / 4, "comparisons made from a snapshot " + fromSnapshot);
        assertTrue(pastBreaker > 0, "executions past a tripped breaker " + pastBreaker);
        assertTrue(repeated > 20, "repeated fills " + repeated);
    }

    /** One stream of random events recorded into an SQLite file through a tracker of one mode. */
    private static final class Stream {
        private final SplittableRandom random;
        private final LiveTrackerSettings settings;
        private final int snapshotEvery;
        private final TestClock clock = new TestClock(START);
        private final double[] prices = {50_000, 3_000};
        private final List<LiveExecution> recorded = new ArrayList<>();
        private LiveExecutionTracker tracker;
        /** The order being filled, its next part and how many parts it has; null when none is. */
        private Fill order;
        private int part;
        private int parts;
        private int orders;
        private int entries;
        int repeated;

        Stream(SplittableRandom random, Path dir, PositionMode mode, int snapshotEvery) {
            this.random = random;
            this.settings = LiveTrackerSettings.builder("executions", dir, 10_000).positionMode(mode).build();
            this.snapshotEvery = snapshotEvery;
            this.tracker = open();
        }

        private LiveExecutionTracker open() {
            return LiveExecutionTracker.builder(settings).clock(clock).alertSinks(List.of())
                    .snapshotEvery(snapshotEvery).open();
        }

        void reopen() {
            tracker.close();
            tracker = open();
        }

        void next() {
            clock.advance(Duration.ofMinutes(1 + random.nextInt(random.nextInt(10) == 0 ? 1_500 : 60)));
            Instant now = clock.instant();
            double r = random.nextDouble();
            if (tracker.breaker().tripped() && r < 0.05) {
                tracker.resetCircuitBreaker("ops", "checked");
            } else if (order != null || r < 0.6) {
                execute(now);
            } else if (r < 0.7 && !recorded.isEmpty()) {
                LiveExecution again = recorded.get(random.nextInt(recorded.size()));
                assertEquals(RecordOutcome.ALREADY_RECORDED, tracker.recordExecution(again));
                repeated++;
            } else if (r < 0.75) {
                try {
                    int symbol = random.nextInt(SYMBOLS.length);
                    tracker.recordEntry(LiveEntry.of("E" + entries++, SYMBOLS[symbol], Side.BUY,
                            5_000 / prices[symbol], prices[symbol], 1, now));
                } catch (EntryRefusedException refused) {
                    // the breaker refused it and nothing was recorded
                }
            } else {
                int symbol = random.nextInt(SYMBOLS.length);
                prices[symbol] *= 1 + (random.nextDouble() - 0.5) * 0.1;
                tracker.mark(new PriceMark(SYMBOLS[symbol], prices[symbol], now));
            }
        }

        /** The next part of the order being filled, or the first of a new one. */
        private void execute(Instant now) {
            if (order == null) {
                int symbol = random.nextInt(SYMBOLS.length);
                double size = 30_000 * (0.2 + random.nextDouble()) / prices[symbol];
                order = new Fill("O" + orders++, SYMBOLS[symbol], random.nextBoolean() ? Side.BUY : Side.SELL,
                        prices[symbol], size, 0, FillType.TAKER, 0, 0, 0, false);
                part = 1;
                parts = 1 + random.nextInt(3);
            }
            int symbol = order.symbol().equals(SYMBOLS[0]) ? 0 : 1;
            prices[symbol] *= 1 + (random.nextDouble() - 0.5) * 0.02;
            double size = order.size() / parts;
            boolean last = part == parts;
            LiveExecution execution = new LiveExecution(new Fill(order.orderId(), order.symbol(), order.side(),
                    prices[symbol], size, size * prices[symbol] * (random.nextInt(5) == 0 ? -0.0001 : 0.0005),
                    random.nextBoolean() ? FillType.MAKER : FillType.TAKER, 1_000_000, random.nextDouble() * 3,
                    EpochNanos.of(now), !last), part);
            assertEquals(RecordOutcome.RECORDED, tracker.recordExecution(execution));
            recorded.add(execution);
            part++;
            if (last) {
                order = null;
            }
        }

        /** {@link SameFigures#readersAgree} on this stream's file; true when a snapshot was there to use. */
        boolean compareReaderWithFullReplay(String where) {
            return SameFigures.readersAgree(settings, clock, tracker, where);
        }
    }
}
