package dev.parallax.metrics;

/**
 * Conversions between periodic returns and an equity curve, and the drawdowns of that curve.
 *
 * <p>A curve built from {@code n} returns has {@code n + 1} points: the starting value, then the
 * value after each return. Drawdown is measured on this compounded curve against its running
 * maximum, the starting value included, as in empyrical's {@code max_drawdown}.
 */
public final class EquityCurve {

    private EquityCurve() {
    }

    /** The curve that starts at 1 and compounds {@code returns}: {@code e[0] = 1, e[i] = e[i-1] (1 + r[i-1])}. */
    public static double[] fromReturns(double[] returns) {
        return fromReturns(returns, 1.0);
    }

    /** The curve that starts at {@code start} (finite, {@code > 0}) and compounds {@code returns}. */
    public static double[] fromReturns(double[] returns, double start) {
        Series.checkReturns("returns", returns);
        if (!(start > 0) || Double.isInfinite(start)) {
            throw new IllegalArgumentException("start must be a finite number > 0, was " + start);
        }
        double[] equity = new double[returns.length + 1];
        equity[0] = start;
        for (int i = 0; i < returns.length; i++) {
            equity[i + 1] = equity[i] * (1 + returns[i]);
        }
        return equity;
    }

    /**
     * Simple returns of an equity curve: {@code r[i] = e[i+1] / e[i] - 1}, one fewer than the
     * points. Every point must be finite and {@code > 0}; an empty or one-point curve gives no returns.
     */
    public static double[] toReturns(double[] equity) {
        Series.checkEquity("equity", equity);
        if (equity.length < 2) {
            return new double[0];
        }
        double[] returns = new double[equity.length - 1];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = equity[i + 1] / equity[i] - 1;
        }
        return returns;
    }

    /**
     * Simple returns of an account's equity that may fall to zero or below (a leveraged account can
     * lose more than it had): {@code r[i] = e[i+1] / e[i] - 1} until the first point at or below
     * zero, which returns -1, a loss of 100%; every later point returns 0, since a return from
     * nothing is undefined and ruin ends the series. The backtest and the live tracker both turn
     * their daily equity into returns this way. The first point must be finite and {@code > 0}, the
     * others finite.
     */
    public static double[] toReturnsUntilRuin(double[] equity) {
        Series.requireNonNull("equity", equity);
        for (int i = 0; i < equity.length; i++) {
            if (!Double.isFinite(equity[i]) || (i == 0 && !(equity[0] > 0))) {
                throw new IllegalArgumentException("equity[" + i + "] must be a finite number"
                        + (i == 0 ? " > 0" : "") + ", was " + equity[i]);
            }
        }
        double[] returns = new double[Math.max(0, equity.length - 1)];
        for (int i = 0; i < returns.length; i++) {
            if (equity[i + 1] <= 0.0) {
                returns[i] = -1.0; // the rest stay 0
                break;
            }
            returns[i] = equity[i + 1] / equity[i] - 1;
        }
        return returns;
    }

    /**
     * The drawdown at each point of the curve built from {@code returns}: {@code e[i] / max(e[0..i]) - 1},
     * zero or negative, {@code n + 1} values starting with 0 for the starting point. The curve is
     * kept with a power-of-two scale, so the figures stay right where the equity itself would
     * overflow a double.
     */
    public static double[] drawdowns(double[] returns) {
        Series.checkReturns("returns", returns);
        double[] drawdowns = new double[returns.length + 1];
        CompoundedCurve curve = new CompoundedCurve();
        for (int i = 0; i < returns.length; i++) {
            curve.add(returns, i, i + 1);
            drawdowns[i + 1] = curve.drawdownNow();
        }
        return drawdowns;
    }

    /**
     * The deepest drawdown of the curve built from {@code returns}, with its peak, trough, recovery
     * and duration; {@link Drawdown#UNDEFINED} for no returns. One pass, no allocation beyond the result.
     */
    public static Drawdown maxDrawdown(double[] returns) {
        Series.checkReturns("returns", returns);
        return CompoundedCurve.of(returns).maxDrawdown();
    }
}
