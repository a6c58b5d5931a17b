package dev.parallax.live;

/**
 * The risk limits of a live account, as fractions of equity.
 *
 * @param maxDailyLoss fraction of the trading day's starting equity that may be lost in the day
 *                     (realised and unrealised) before the circuit breaker trips and refuses new
 *                     entries; in {@code (0, 1]}, default 0.05 (5%)
 * @param maxDrawdown  fall from the highest equity so far, as a fraction of that peak, that raises
 *                     a drawdown alert; in {@code (0, 1]}, default 0.12 (12%)
 */
public record RiskLimits(double maxDailyLoss, double maxDrawdown) {

    /** 5% daily loss, 12% drawdown. */
    public static final RiskLimits DEFAULTS = new RiskLimits(0.05, 0.12);

    /** Validates every field; see the component descriptions for the rules. */
    public RiskLimits {
        fraction("maxDailyLoss", maxDailyLoss);
        fraction("maxDrawdown", maxDrawdown);
    }

    private static void fraction(String field, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " must be a fraction in (0, 1] (0.05 is 5%), was " + value);
        }
    }
}
