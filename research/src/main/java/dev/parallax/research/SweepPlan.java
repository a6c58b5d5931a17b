package dev.parallax.research;

import dev.parallax.metrics.MetricBasis;
import java.io.Serializable;

/**
 * Everything the points of a sweep share: the base run, the data, the window of the data and how
 * figures are computed. Immutable and serializable.
 *
 * @param base   the backtest each point changes
 * @param data   where the bars come from
 * @param window the bars each run sees ({@link BarWindow#ALL} for all)
 * @param basis  how returns are annualised and measured
 */
public record SweepPlan(BaseRun base, BarSource data, BarWindow window, MetricBasis basis) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks that every part is present. */
    public SweepPlan {
        if (base == null || data == null || window == null || basis == null) {
            throw new IllegalArgumentException("base, data, window and basis must all be given, were " + base + ", "
                    + data + ", " + window + ", " + basis);
        }
    }

    /** The same plan over another window of the data. */
    public SweepPlan withWindow(BarWindow newWindow) {
        return new SweepPlan(base, data, newWindow, basis);
    }
}
