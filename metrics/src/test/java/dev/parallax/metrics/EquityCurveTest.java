package dev.parallax.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EquityCurveTest {

    @Test
    void returnsCompoundIntoACurveThatStartsAtTheGivenValue() {
        // 100 -> 110 -> 99 -> 148.5
        assertArrayEquals(new double[] {100, 110, 99, 148.5},
                EquityCurve.fromReturns(new double[] {0.1, -0.1, 0.5}, 100), 1e-12);
        assertArrayEquals(new double[] {1.0}, EquityCurve.fromReturns(new double[0]), 0.0);
    }

    @Test
    void aCurveTurnsBackIntoTheReturnsItCameFrom() {
        double[] returns = Reference.returnsOf("gaussian");
        assertArrayEquals(returns, EquityCurve.toReturns(EquityCurve.fromReturns(returns, 250.0)), 1e-12);
        assertArrayEquals(new double[] {0.1, -0.1, 0.5}, EquityCurve.toReturns(new double[] {100, 110, 99, 148.5}), 1e-12);
        assertEquals(0, EquityCurve.toReturns(new double[] {100}).length);
    }

    @Test
    void drawdownSeriesIsMeasuredFromTheRunningPeakIncludingTheStart() {
        // curve 1, 0.9, 0.945, 1.134, 0.9072: peaks 1, 1, 1, 1.134, 1.134
        double[] drawdowns = EquityCurve.drawdowns(new double[] {-0.1, 0.05, 0.2, -0.2});
        assertArrayEquals(new double[] {0, -0.1, -0.055, 0, -0.2}, drawdowns, 1e-12);
    }

    @Test
    void maxDrawdownOfEmpyricalsReadmeSeriesHasItsPeakTroughAndNoRecovery() {
        // curve 1, 1.01, 1.0302, 1.061106, then * 0.6 * 0.94 * 0.98 = 0.55272 of the peak
        Drawdown drawdown = EquityCurve.maxDrawdown(new double[] {.01, .02, .03, -.4, -.06, -.02});
        assertEquals(0.55272 - 1, drawdown.depth(), 1e-12);
        assertEquals(3, drawdown.peakIndex());
        assertEquals(6, drawdown.troughIndex());
        assertEquals(-1, drawdown.recoveryIndex());
        assertFalse(drawdown.recovered());
        assertEquals(3, drawdown.durationPeriods(), "still under water at the end: peak 3 to last point 6");
        assertEquals(3, drawdown.declinePeriods());
    }

    @Test
    void maxDrawdownRecoversWhenTheCurveRegainsThePeak() {
        // curve 1, 1.1, 0.55, 1.1, 1.21: peak 1 (1.1), trough 2, back to 1.1 at 3
        Drawdown drawdown = EquityCurve.maxDrawdown(new double[] {0.1, -0.5, 1.0, 0.1});
        assertEquals(-0.5, drawdown.depth(), 1e-12);
        assertEquals(1, drawdown.peakIndex());
        assertEquals(2, drawdown.troughIndex());
        assertEquals(3, drawdown.recoveryIndex());
        assertTrue(drawdown.recovered());
        assertEquals(2, drawdown.durationPeriods());
    }

    @Test
    void theStartingCapitalCountsAsAPeak() {
        // curve 1, 0.9, 0.945: empyrical's max_drawdown prepends the start, so -10% from index 0
        Drawdown drawdown = EquityCurve.maxDrawdown(new double[] {-0.1, 0.05});
        assertEquals(-0.1, drawdown.depth(), 1e-12);
        assertEquals(0, drawdown.peakIndex());
        assertEquals(1, drawdown.troughIndex());
    }

    @Test
    void aDeeperLaterDrawdownReplacesAnEarlierRecoveredOne() {
        // curve 1, 0.9, 1.0, 1.2, 0.84, 0.924: first fall -10% recovered at 2, second -30% from 3 not recovered
        Drawdown drawdown = EquityCurve.maxDrawdown(new double[] {-0.1, 1 / 0.9 - 1, 0.2, -0.3, 0.1});
        assertEquals(-0.3, drawdown.depth(), 1e-12);
        assertEquals(3, drawdown.peakIndex());
        assertEquals(4, drawdown.troughIndex());
        assertEquals(-1, drawdown.recoveryIndex());
        assertEquals(2, drawdown.durationPeriods());
    }

    @Test
    void aCurveThatNeverFallsHasAZeroDrawdown() {
        Drawdown drawdown = EquityCurve.maxDrawdown(new double[] {0.01, 0, 0.02});
        assertEquals(0.0, drawdown.depth(), 0.0);
        assertTrue(drawdown.recovered());
        assertEquals(0, drawdown.durationPeriods());
    }

    @Test
    void realSpyDrawdownIsTheCovidCrashFromFebruaryNineteenthToMarchTwentyThird() {
        Reference.SpyCloses spy = Reference.spy();
        Drawdown drawdown = EquityCurve.maxDrawdown(EquityCurve.toReturns(spy.closes()));
        // curve index i is close i; 210.584900 / 317.707031 - 1 by hand
        assertEquals(210.584900 / 317.707031 - 1, drawdown.depth(), 1e-9);
        assertEquals("2020-02-19", spy.dates().get(drawdown.peakIndex()).toString());
        assertEquals("2020-03-23", spy.dates().get(drawdown.troughIndex()).toString());
        assertEquals("2020-08-10", spy.dates().get(drawdown.recoveryIndex()).toString());
    }

    @Test
    void equityMustBePositiveAndFiniteAtEveryIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EquityCurve.toReturns(new double[] {100, 101, 0, 99}));
        assertEquals("equity[2] must be a finite number > 0, was 0.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EquityCurve.toReturns(new double[] {100, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> EquityCurve.fromReturns(new double[] {0.1}, -1));
        assertThrows(IllegalArgumentException.class, () -> EquityCurve.drawdowns(new double[] {Double.NaN}));
    }

    @Test
    void drawdownRecordRejectsAPositiveDepthAndIndicesOutOfOrder() {
        assertThrows(IllegalArgumentException.class, () -> new Drawdown(0.1, 0, 1, -1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Drawdown(-0.1, 2, 1, -1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Drawdown(-0.1, 0, 1, 1, 2));
        assertEquals(-1, Drawdown.UNDEFINED.durationPeriods());
    }

    @Test
    void returnsUntilRuinEndWithALossOfEverythingAndThenZeros() {
        // 100 -> 120 (+20%) -> 90 (-25%) -> -30 (ruin: -100%) -> 50 and 60 (0: no return from nothing)
        assertArrayEquals(new double[] {0.2, -0.25, -1.0, 0.0, 0.0},
                EquityCurve.toReturnsUntilRuin(new double[] {100, 120, 90, -30, 50, 60}), 1e-15);
        assertArrayEquals(new double[] {0.5, -1.0}, EquityCurve.toReturnsUntilRuin(new double[] {2, 3, 0}), 0.0);
        assertArrayEquals(new double[0], EquityCurve.toReturnsUntilRuin(new double[] {5}));
        double[] positive = {250, 251, 249.5, 260};
        assertArrayEquals(EquityCurve.toReturns(positive), EquityCurve.toReturnsUntilRuin(positive), 0.0);
    }

    @Test
    void returnsUntilRuinRejectABadStartOrAPointThatIsNotANumber() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> EquityCurve.toReturnsUntilRuin(new double[] {0, 1})).getMessage().contains("equity[0]"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> EquityCurve.toReturnsUntilRuin(new double[] {1, Double.NaN})).getMessage().contains("equity[1]"));
        assertThrows(IllegalArgumentException.class, () -> EquityCurve.toReturnsUntilRuin(null));
    }
}
