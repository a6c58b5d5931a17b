package dev.parallax.parity;

import static dev.parallax.parity.Trades.backtest;
import static dev.parallax.parity.Trades.live;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.sim.api.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DayAccumulatorTest {

    private static final Instant T = Instant.parse("2024-01-15T10:00:00Z");

    @Test
    void runningTotalsAgreeWithTheTwoPassFormulasOverTheSameTrades() {
        SplittableRandom random = new SplittableRandom(7);
        List<TradeComparison> trades = new ArrayList<>();
        DayAccumulator day = new DayAccumulator();
        for (int i = 0; i < 1_000; i++) {
            double price = 50_000 + random.nextDouble() * 1_000;
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            TradeComparison trade = TradeComparison.of(
                    backtest("t" + i, side, 0.01 + random.nextDouble(), price, T, random.nextDouble()),
                    live("t" + i, side, price * (1 + (random.nextDouble() - 0.45) / 1_000),
                            T.plusMillis(random.nextInt(400)), random.nextDouble(), (random.nextDouble() - 0.5) * 2,
                            random.nextInt(300)));
            trades.add(trade);
            day.add(trade);
        }
        double[] differences = trades.stream().mapToDouble(TradeComparison::priceDifferenceBps).toArray();
        DifferenceStatistics twoPass = DifferenceStatistics.of(differences);
        DifferenceStatistics running = day.statistics();
        assertEquals(twoPass.count(), running.count());
        assertEquals(twoPass.meanBps(), running.meanBps(), 1e-9);
        assertEquals(twoPass.stdDevBps(), running.stdDevBps(), 1e-9);
        assertEquals(twoPass.trackingErrorBps(), running.trackingErrorBps(), 1e-9);
        assertEquals(twoPass.maxAbsoluteBps(), running.maxAbsoluteBps(), 0);
        assertEquals(CostAttribution.notionalWeighted(trades), day.attribution());
    }

    @Test
    void anEmptyDayHasZeroFigures() {
        DayAccumulator day = new DayAccumulator();
        assertEquals(DifferenceStatistics.EMPTY, day.statistics());
        assertEquals(CostAttribution.ZERO, day.attribution());
        assertEquals(0.0, day.meanLatencyMillis());
    }
}
