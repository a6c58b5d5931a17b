package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of accepted entries, exits and marks, many of them at the bounds of
 * {@link FillBounds}: after every event the account, drawdown, daily equity and performance are
 * finite, and a day's loss at or beyond the limit has tripped the circuit breaker.
 */
class BoundedFiguresPropertyTest {

    private static final long SEED = 20261204L;
    private static final int SEQUENCES = 400;
    private static final Instant START = Instant.parse("2024-03-04T00:00:00Z");
    private static final String[] SYMBOLS = {"BTC/USD", "ETH/USD"};

    @Test
    void everyAcceptedSequenceKeepsTheFiguresFiniteAndTheBreakerWorking() {
        SplittableRandom random = new SplittableRandom(SEED);
        int events = 0;
        int trips = 0;
        int atBounds = 0;
        for (int s = 0; s < SEQUENCES; s++) {
            Run run = new Run(random.split());
            int length = 1 + random.nextInt(60);
            for (int i = 0; i < length; i++) {
                run.next();
                run.checkFigures("sequence " + s + " event " + i);
            }
            events += run.accepted;
            atBounds += run.atBounds;
            trips += run.tracker.riskEvents().stream().filter(r -> r.kind() == RiskEventKind.DAILY_LOSS_LIMIT).count() > 0
                    ? 1 : 0;
            run.tracker.close();
        }
        assertTrue(events > 5_000, "accepted events " + events);
        assertTrue(atBounds > 1_000, "events with a value at a bound " + atBounds);
        assertTrue(trips > SEQUENCES / 10, "sequences in which the breaker tripped " + trips);
    }

    @Test
    void theFillThatPoisonedTheBooksIsRefusedAndALaterLossStillTripsTheBreaker() {
        TestClock clock = new TestClock(START.plusSeconds(3600));
        try (LiveExecutionTracker tracker = open(clock)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tracker.recordEntry(
                    LiveEntry.of("A-1", "BTC/USD", Side.BUY, 1e308, 1e308, 0, START)));
            assertEquals("size must be <= 1.0E12 (FillBounds.MAX_SIZE, so that P&L and equity stay finite), "
                    + "was 1.0E308", e.getMessage());
            assertEquals(0, tracker.eventCount());
            // 100 bought at 100 and marked at 90.1: a loss of 990, 9.9% of the day's 10,000.
            tracker.recordEntry(LiveEntry.of("A-2", "BTC/USD", Side.BUY, 100, 100, 0, START));
            tracker.mark(new PriceMark("BTC/USD", 90.1, START.plusSeconds(60)));
            assertEquals(10_000 - 990, tracker.account().equity(), 1e-9);
            assertTrue(tracker.breaker().tripped(), "a 9.9% day loss trips a 5% breaker");
        }
    }

    private static LiveExecutionTracker open(TestClock clock) {
        return LiveExecutionTracker.builder(LiveTrackerSettings.of("bounds", Path.of("unused"), 10_000))
                .store(new MemoryEventStore()).clock(clock).alertSinks(List.of()).open();
    }

    /** One random sequence and the tracker it feeds. */
    private static final class Run {
        private final SplittableRandom random;
        private final TestClock clock = new TestClock(START);
        private final LiveExecutionTracker tracker = open(clock);
        private final List<String> open = new ArrayList<>();
        private Instant time = START;
        private int ids;
        private int accepted;
        private int atBounds;

        Run(SplittableRandom random) {
            this.random = random;
        }

        void next() {
            time = time.plus(Duration.ofMinutes(1 + random.nextInt(600)));
            clock.set(time);
            int pick = random.nextInt(10);
            try {
                if (pick < 4 || open.isEmpty()) {
                    entry();
                } else if (pick < 7) {
                    exit();
                } else {
                    tracker.mark(new PriceMark(SYMBOLS[random.nextInt(2)], price(), time));
                }
                accepted++;
            } catch (EntryRefusedException refused) {
                // the breaker is tripped for the day; that is a valid outcome
            }
        }

        private void entry() {
            double size = size();
            double price = Math.min(price(), FillBounds.MAX_NOTIONAL / size);
            while (size * price > FillBounds.MAX_NOTIONAL) {
                price = Math.nextDown(price);
            }
            String id = "T" + ids++;
            tracker.recordEntry(LiveEntry.of(id, SYMBOLS[random.nextInt(2)],
                    random.nextBoolean() ? Side.BUY : Side.SELL, size, price, fee(), time));
            open.add(id);
        }

        private void exit() {
            int index = random.nextInt(open.size());
            String id = open.get(index);
            double openSize = tracker.trade(id).orElseThrow().openSize();
            boolean full = random.nextBoolean();
            double size = full ? openSize : openSize * random.nextDouble(0.01, 1);
            double price = Math.min(price(), FillBounds.MAX_NOTIONAL / size);
            while (size * price > FillBounds.MAX_NOTIONAL) {
                price = Math.nextDown(price);
            }
            TradeRecord trade = tracker.trade(id).orElseThrow();
            tracker.recordExit(LiveExit.notCompared(id, trade.symbol(), trade.side().opposite(), size, price, fee(),
                    time));
            if (tracker.trade(id).orElseThrow().closed()) {
                open.remove(index);
            }
        }

        private double size() {
            return switch (random.nextInt(4)) {
                case 0 -> bound(FillBounds.MAX_SIZE);
                case 1 -> 1e-9;
                default -> Math.pow(10, random.nextDouble(-6, 12));
            };
        }

        private double price() {
            return switch (random.nextInt(4)) {
                case 0 -> bound(FillBounds.MAX_PRICE);
                case 1 -> Double.MIN_VALUE;
                default -> Math.pow(10, random.nextDouble(-6, 12));
            };
        }

        private double fee() {
            return switch (random.nextInt(4)) {
                case 0 -> bound(FillBounds.MAX_FEE);
                case 1 -> -bound(FillBounds.MAX_FEE);
                default -> random.nextDouble(-10, 100);
            };
        }

        private double bound(double value) {
            atBounds++;
            return value;
        }

        void checkFigures(String where) {
            AccountFigures a = tracker.account();
            for (double v : new double[] {a.balance(), a.equity(), a.realizedPnl(), a.unrealizedPnl(), a.fees(),
                    a.peakEquity(), a.drawdown()}) {
                assertTrue(Double.isFinite(v), where + ": " + a);
            }
            for (double v : tracker.dailyEquity()) {
                assertTrue(Double.isFinite(v), where + ": daily equity " + v);
            }
            LivePerformance performance = tracker.performance();
            assertTrue(!Double.isInfinite(performance.maxDrawdown()), where + ": max drawdown");
            BreakerState breaker = tracker.breaker();
            double start = breaker.dayStartEquity();
            assertTrue(Double.isFinite(start), where + ": day start equity " + start);
            // By hand: the day's loss as a fraction of the day's starting equity, against the 5% limit.
            if (start > 0 && (start - a.equity()) / start >= RiskLimits.DEFAULTS.maxDailyLoss()) {
                assertTrue(breaker.tripped(), where + ": lost " + (start - a.equity()) + " of " + start
                        + " but the breaker is not tripped");
            }
        }
    }
}
