package dev.parallax.research;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkForwardTest {

    private static final long DAY = 86_400_000_000_000L;

    @Test
    void rollingWindowsStepByTheOutOfSampleLength() {
        List<BarWindow[]> w = new WalkForward.Windows(Duration.ofDays(4), Duration.ofDays(2), false)
                .over(Plans.HOUR, 10 * DAY);
        assertEquals(4, w.size());
        assertEquals(new BarWindow(0, 4 * DAY), w.get(0)[0]);
        assertEquals(new BarWindow(4 * DAY, 6 * DAY), w.get(0)[1]);
        assertEquals(new BarWindow(2 * DAY, 6 * DAY), w.get(1)[0]);
        assertEquals(new BarWindow(6 * DAY, 10 * DAY), w.get(3)[0]);
        assertEquals(new BarWindow(10 * DAY, 12 * DAY), w.get(3)[1], "the last may hold fewer bars");
    }

    @Test
    void anchoredWindowsKeepTheirStart() {
        List<BarWindow[]> w = new WalkForward.Windows(Duration.ofDays(4), Duration.ofDays(2), true)
                .over(Plans.HOUR, 10 * DAY);
        assertEquals(new BarWindow(0, 8 * DAY), w.get(2)[0]);
        assertEquals(new BarWindow(8 * DAY, 10 * DAY), w.get(2)[1]);
    }

    @Test
    void dataTooShortForOneWindowIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WalkForward.Windows(Duration.ofDays(40), Duration.ofDays(10), false).over(0, 20 * DAY));
        assertTrue(e.getMessage().endsWith("too short for PT960H in sample and PT240H out of sample"), e.getMessage());
    }

    @Test
    void stitchesTheWinnersOutOfSampleDaysAndStatesTheEfficiency() {
        SweepPlan plan = Plans.ideal(24 * 120);
        List<SweepPoint> points = Plans.grid(new int[] {3, 5, 8}, new int[] {13, 21, 34});
        WalkForward.Windows windows = new WalkForward.Windows(Duration.ofDays(40), Duration.ofDays(20), false);
        java.util.concurrent.atomic.AtomicLong most = new java.util.concurrent.atomic.AtomicLong();
        WalkForward.Result r = new WalkForward(new LocalSweepRunner(2)).run(plan, points, Metric.SHARPE, windows,
                done -> most.accumulateAndGet(done, Math::max));
        assertEquals(5 * (9 + 1), most.get(), "progress counts each window's sweep and its out-of-sample run");
        assertEquals(5, WalkForward.windowsOf(plan, windows).size());
        assertEquals(5, r.steps().size(), "in-sample ends at days 40, 60, 80, 100 and 120, where the last bar ends");
        int at = 0;
        double isSum = 0;
        for (WalkForward.Step s : r.steps()) {
            double[] oos = s.outOfSampleRow().dailyReturns();
            for (int i = 0; i < oos.length; i++) {
                assertEquals(oos[i], r.oosReturns()[at + i]);
            }
            at += oos.length;
            assertEquals(s.chosen(), s.outOfSampleRow().point());
            isSum += cagr(s.inSampleRow().dailyReturns());
        }
        assertEquals(at, r.oosReturns().length);
        assertEquals(cagr(r.oosReturns()), r.oosAnnualReturn(), 1e-9);
        assertEquals(isSum / 5, r.isAnnualReturn(), 1e-9);
        double expected = r.isAnnualReturn() > 0 ? r.oosAnnualReturn() / r.isAnnualReturn() : Double.NaN;
        assertEquals(expected, r.efficiency(), 1e-9);
        WalkForward.Result again = new WalkForward(new LocalSweepRunner(1)).run(plan, points, Metric.SHARPE, windows,
                SweepProgress.NONE);
        assertArrayEquals(r.oosReturns(), again.oosReturns(), "1 and 2 threads");
        assertEquals(r.steps(), again.steps());
    }

    /** Compound annual growth of daily returns over 365 periods a year: (prod(1 + r))^(365 / n) - 1. */
    private static double cagr(double[] returns) {
        double growth = 1;
        for (double r : returns) {
            growth *= 1 + r;
        }
        return Math.pow(growth, 365.0 / returns.length) - 1;
    }
}
