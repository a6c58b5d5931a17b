package dev.parallax.cli.report;

/**
 * The drawdown at every point of an equity curve, as the report's chart draws it and as its
 * "every bar" figure states it: {@code e[i] / max(start, e[0..i]) - 1}, zero or negative, with the
 * starting capital as the first peak (the convention of the daily figure, so the two differ only
 * in how often the equity is looked at). A point at or below zero is a drawdown of -100%.
 */
public final class PointDrawdown {

    private PointDrawdown() {
    }

    /**
     * The drawdown at each point of {@code equity}, a fraction {@code <= 0}.
     *
     * @param start  equity before the first point, finite and {@code > 0}
     * @param equity the curve
     */
    public static double[] series(double start, double[] equity) {
        if (!(start > 0) || Double.isInfinite(start)) {
            throw new IllegalArgumentException("start must be a finite number > 0, was " + start);
        }
        double[] dd = new double[equity.length];
        double peak = start;
        for (int i = 0; i < equity.length; i++) {
            peak = Math.max(peak, equity[i]);
            dd[i] = equity[i] <= 0 ? -1.0 : equity[i] / peak - 1;
        }
        return dd;
    }

    /** The deepest drawdown of {@code equity} from {@code start}: 0 for an empty curve. */
    public static double max(double start, double[] equity) {
        double worst = 0;
        for (double d : series(start, equity)) {
            worst = Math.min(worst, d);
        }
        return worst;
    }
}
