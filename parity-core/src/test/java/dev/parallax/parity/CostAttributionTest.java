package dev.parallax.parity;

import static dev.parallax.parity.Trades.backtest;
import static dev.parallax.parity.Trades.live;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CostAttributionTest {

    private static final Instant T = Instant.parse("2024-01-15T10:00:00Z");

    @Test
    void driftDuringLatencyIsTimingAndTheRestIsMarketImpact() {
        // Buy 2 @ 100 backtest, fee 0.02. Live fills at 100.30 400 ms later, latency 100 ms, fee 0.05,
        // slippage 0.001 reported. Reference R = 100.30 / 1.001 = 100.1998001998...
        // notional 200.
        // total    = (100.30 - 100) * 2 + (0.05 - 0.02) = 0.63 -> 0.63 / 200 * 1e4 = 31.5 bps
        // slippage = (100.30 - R) * 2 / 200 * 1e4 = (100.30 - R) * 100
        // fee      = 0.03 / 200 * 1e4 = 1.5 bps
        // drift    = (R - 100) * 2 / 200 * 1e4 = (R - 100) * 100; share w = 100 / 400 = 0.25
        // timing   = 0.25 * drift, impact = 0.75 * drift
        CostAttribution a = CostAttribution.of(backtest("t", Side.BUY, 2, 100, T, 0.02),
                live("t", 100.30, T.plusMillis(400), 0.05, 10, 100));
        double reference = 100.30 / 1.001;
        assertEquals(31.5, a.totalBps(), 1e-9);
        assertEquals((100.30 - reference) * 100, a.slippageBps(), 1e-9);
        assertEquals(1.5, a.feeBps(), 1e-9);
        assertEquals(0.25 * (reference - 100) * 100, a.timingBps(), 1e-9);
        assertEquals(0.75 * (reference - 100) * 100, a.marketImpactBps(), 1e-9);
        assertEquals(a.totalBps(), a.sumOfComponentsBps(), 1e-12);
    }

    @Test
    void sellSlippageIsMeasuredFromTheReferenceAboveTheFill() {
        // Sell 1 @ 100; live fills at 99.8 with 0.002 slippage: R = 99.8 / (1 - 0.002) = 100.
        // slippage = -1 * (99.8 - 100) / 100 * 1e4 = 20 bps; drift = -1 * (100 - 100) = 0.
        CostAttribution a = CostAttribution.of(backtest("t", Side.SELL, 1, 100, T, 0),
                live("t", Side.SELL, 99.8, T.plusMillis(50), 0, 20, 50));
        assertEquals(20.0, a.slippageBps(), 1e-9);
        assertEquals(0.0, a.timingBps(), 1e-9);
        assertEquals(0.0, a.marketImpactBps(), 1e-9);
        assertEquals(20.0, a.totalBps(), 1e-9);
    }

    @Test
    void slippageTheBacktestAlreadyPaidIsNotBlamedAndDriftRunsBetweenTheReferences() {
        // Buy 1: backtest 100.05 with 5 bps modelled slippage, so Rb = 100.05 / 1.0005 = 100;
        // live 100.20 with 10 bps reported, so Rl = 100.20 / 1.001 = 100.0999000999...; no fees.
        // total    = (100.20 - 100.05) / 100.05 * 1e4
        // slippage = ((100.20 - Rl) - (100.05 - 100)) / 100.05 * 1e4
        // drift    = (Rl - 100) / 100.05 * 1e4; latency 100 ms of a 200 ms delay: timing half of it
        CostAttribution a = CostAttribution.of(
                new Fill("t", "BTCUSDT", Side.BUY, 100.05, 1, 0, FillType.TAKER,
                        0, 5, EpochNanos.of(T), false),
                live("t", 100.20, T.plusMillis(200), 0, 10, 100));
        double liveReference = 100.20 / 1.001;
        assertEquals(0.15 / 100.05 * 1e4, a.totalBps(), 1e-9);
        assertEquals(((100.20 - liveReference) - 0.05) / 100.05 * 1e4, a.slippageBps(), 1e-9);
        assertEquals(0.5 * (liveReference - 100) / 100.05 * 1e4, a.timingBps(), 1e-9);
        assertEquals(0.5 * (liveReference - 100) / 100.05 * 1e4, a.marketImpactBps(), 1e-9);
    }

    @Test
    void identicalFillsAttributeNothing() {
        Fill same = new Fill("t", "BTCUSDT", Side.SELL, 99.7, 2, 0.3,
                FillType.AGGRESSIVE, 250_000_000L, 3.2, EpochNanos.of(T), false);
        CostAttribution a = CostAttribution.of(same, same);
        assertEquals(0.0, a.totalBps(), 0.0);
        assertEquals(0.0, a.slippageBps(), 1e-12);
        assertEquals(0.0, a.feeBps(), 0.0);
        assertEquals(0.0, a.timingBps(), 1e-12);
        assertEquals(0.0, a.marketImpactBps(), 1e-12);
    }

    @Test
    void latencyLongerThanTheDelayBlamesTheWholeDriftOnTiming() {
        // w = min(1, 500 / 200) = 1; no slippage: drift = total = 10 bps, all timing.
        CostAttribution a = CostAttribution.of(backtest("t", Side.BUY, 1, 100, T, 0),
                live("t", 100.1, T.plusMillis(200), 0, 0, 500));
        assertEquals(10.0, a.timingBps(), 1e-9);
        assertEquals(0.0, a.marketImpactBps(), 1e-9);
    }

    @Test
    void liveFillNotLaterThanBacktestBlamesNothingOnTiming() {
        CostAttribution a = CostAttribution.of(backtest("t", Side.BUY, 1, 100, T, 0),
                live("t", 100.1, T.minusMillis(10), 0, 0, 500));
        assertEquals(0.0, a.timingBps(), 1e-12);
        assertEquals(10.0, a.marketImpactBps(), 1e-9);
    }

    @Test
    void componentsAddUpToTheTotalForManyRandomTrades() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 10_000; i++) {
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            double price = 1 + random.nextDouble() * 100_000;
            CostAttribution a = CostAttribution.of(
                    backtest("t", side, 0.001 + random.nextDouble() * 100, price, T, random.nextDouble() * 10),
                    live("t", side, price * (1 + (random.nextDouble() - 0.5) / 50),
                            T.plusMillis(random.nextInt(-500, 5_000)), random.nextDouble() * 10,
                            (random.nextDouble() - 0.5) * 100, random.nextInt(0, 2_000)));
            assertEquals(a.totalBps(), a.sumOfComponentsBps(), 1e-9 * Math.max(1, Math.abs(a.totalBps())),
                    "trade " + i + ": " + a);
        }
    }

    @Test
    void dayFiguresAreNotionalWeightedMeansOfTheTrades() {
        // trade a: notional 100, fee diff 1.0 -> 100 bps fee; trade b: notional 300, fee diff 0 -> 0.
        // day fee = (100 * 100 + 0 * 300) / 400 = 25 bps
        TradeComparison a = TradeComparison.of(backtest("a", Side.BUY, 1, 100, T, 0), live("a", 100, T, 1.0, 0, 0));
        TradeComparison b = TradeComparison.of(backtest("b", Side.BUY, 3, 100, T, 0), live("b", 100, T, 0, 0, 0));
        CostAttribution day = CostAttribution.notionalWeighted(List.of(a, b));
        assertEquals(25.0, day.feeBps(), 1e-9);
        assertEquals(25.0, day.totalBps(), 1e-9);
        assertEquals(day.totalBps(), day.sumOfComponentsBps(), 1e-12);
    }

    @Test
    void noTradesAttributeZero() {
        assertEquals(CostAttribution.ZERO, CostAttribution.notionalWeighted(List.of()));
    }

    @Test
    void aMissingListOfTradesIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CostAttribution.notionalWeighted(null));
        assertEquals("trades must not be null", e.getMessage());
    }
}
