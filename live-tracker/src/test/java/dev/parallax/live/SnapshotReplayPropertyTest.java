package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Seeded random streams of entries, partial and full exits, marks, breaker trips and resets and
 * refused entries, recorded with a snapshot every few events and reopened at random moments: a
 * tracker opened from the newest snapshot and the events after it holds exactly what a full replay
 * of the same events holds (account, positions, trades, daily summaries, breaker, risk events,
 * performance), and keeps recording the same way.
 */
class SnapshotReplayPropertyTest {

    private static final long SEED = 20261205L;
    private static final int STREAMS = 12;
    private static final int EVENTS = 250;
    private static final Instant START = Instant.parse("2024-03-04T00:00:00Z");
    private static final String[] SYMBOLS = {"BTC/USD", "ETH/USD", "SOL/USD"};

    @TempDir
    Path temp;

    @Test
    void aTrackerOpenedFromSnapshotAndTailEqualsAFullReplayOfEverySeededStream() {
        SplittableRandom seeds = new SplittableRandom(SEED);
        int comparisons = 0;
        int fromSnapshot = 0;
        int trips = 0;
        for (int s = 0; s < STREAMS; s++) {
            Stream stream = new Stream(seeds.split(), temp.resolve("stream-" + s), 1 + seeds.nextInt(40));
            for (int i = 0; i < EVENTS; i++) {
                stream.next();
                if (stream.random.nextInt(25) == 0) {
                    fromSnapshot += stream.compareReaderWithFullReplay("stream " + s + " event " + i) ? 1 : 0;
                    comparisons++;
                }
                if (stream.random.nextInt(60) == 0) {
                    stream.reopen();
                }
            }
            trips += stream.tracker.riskEvents().stream()
                    .filter(r -> r.kind() == RiskEventKind.DAILY_LOSS_LIMIT).count() > 0 ? 1 : 0;
            fromSnapshot += stream.compareReaderWithFullReplay("stream " + s + " at the end") ? 1 : 0;
            stream.reopen();
            fromSnapshot += stream.compareReaderWithFullReplay("stream " + s + " after closing") ? 1 : 0;
            comparisons += 2;
            stream.tracker.close();
        }
        assertTrue(comparisons > 100, "comparisons " + comparisons);
        assertTrue(fromSnapshot > comparisons * 3 / 4, "comparisons made from a snapshot " + fromSnapshot);
        assertTrue(trips >= STREAMS / 3, "streams in which the breaker tripped " + trips);
    }

    /** One stream of random events recorded into an SQLite file through a tracker. */
    private static final class Stream {
        private final SplittableRandom random;
        private final Path dir;
        private final int snapshotEvery;
        private final TestClock clock = new TestClock(START);
        private final List<String> open = new ArrayList<>();
        private final double[] prices = {50_000, 3_000, 100};
        private LiveExecutionTracker tracker;
        private int trades;
        private int inputs;
        private int exits;

        Stream(SplittableRandom random, Path dir, int snapshotEvery) {
            this.random = random;
            this.dir = dir;
            this.snapshotEvery = snapshotEvery;
            this.tracker = open();
        }

        private LiveExecutionTracker open() {
            return LiveExecutionTracker.builder(LiveTrackerSettings.of("snap", dir, 10_000)).clock(clock)
                    .alertSinks(List.of()).snapshotEvery(snapshotEvery).open();
        }

        void reopen() {
            tracker.close();
            tracker = open();
        }

        void next() {
            clock.advance(Duration.ofMinutes(1 + random.nextInt(random.nextInt(10) == 0 ? 1_500 : 90)));
            Instant now = clock.instant();
            int symbol = random.nextInt(SYMBOLS.length);
            prices[symbol] *= 1 + (random.nextDouble() - 0.5) * 0.08;
            double price = prices[symbol];
            double r = random.nextDouble();
            try {
                if (tracker.breaker().tripped() && r < 0.05) {
                    tracker.resetCircuitBreaker("ops", "checked");
                } else if (open.isEmpty() || r < 0.35) {
                    String id = "T" + trades++;
                    double size = 20_000 * (0.2 + random.nextDouble()) / price;
                    LiveEntry entry = LiveEntry.of(id, SYMBOLS[symbol], random.nextBoolean() ? Side.BUY : Side.SELL,
                            size, price, size * price * 0.0004, now);
                    if (random.nextBoolean()) {
                        tracker.record(entry, EventOrigin.of("in-" + inputs++));
                    } else {
                        tracker.recordEntry(entry);
                    }
                    open.add(id);
                } else if (r < 0.75) {
                    String id = open.get(random.nextInt(open.size()));
                    TradeRecord trade = tracker.trade(id).orElseThrow();
                    boolean full = random.nextInt(3) > 0;
                    double size = full ? trade.openSize() : trade.openSize() * (0.1 + 0.8 * random.nextDouble());
                    double exitPrice = prices[indexOf(trade.symbol())];
                    boolean withId = random.nextBoolean();
                    Side closing = trade.side().opposite();
                    tracker.recordExit(withId ? LiveFills.exit(id, id + "-x" + exits++, trade.symbol(), closing, size,
                            exitPrice, size * exitPrice * 0.0004, now, 4, 30_000_000)
                            : LiveExit.notCompared(id, trade.symbol(), closing, size, exitPrice,
                                    size * exitPrice * 0.0004, now));
                    if (tracker.trade(id).orElseThrow().closed()) {
                        open.remove(id);
                    }
                } else {
                    tracker.mark(new PriceMark(SYMBOLS[symbol], price, now));
                }
            } catch (EntryRefusedException refused) {
                // the breaker refused the entry and nothing was recorded; the comparisons cover that state
            }
        }

        /** {@link SameFigures#readersAgree} on this stream's file; true when a snapshot was there to use. */
        boolean compareReaderWithFullReplay(String where) {
            return SameFigures.readersAgree(LiveTrackerSettings.of("snap", dir, 10_000), clock, tracker, where);
        }

        private static int indexOf(String symbol) {
            for (int i = 0; i < SYMBOLS.length; i++) {
                if (SYMBOLS[i].equals(symbol)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("unknown symbol " + symbol);
        }
    }
}
