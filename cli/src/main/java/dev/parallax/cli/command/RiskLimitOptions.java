package dev.parallax.cli.command;

import dev.parallax.cli.UsageException;
import dev.parallax.live.RiskLimits;
import picocli.CommandLine.Option;

/** The live account's risk limits as flags: {@code --max-daily-loss} and {@code --max-drawdown}. */
public final class RiskLimitOptions {

    @Option(names = "--max-daily-loss", paramLabel = "PCT", defaultValue = "5%",
            description = "Daily loss that trips the circuit breaker, as 5%% or 0.05 (default: ${DEFAULT-VALUE}).")
    String maxDailyLoss;

    @Option(names = "--max-drawdown", paramLabel = "PCT", defaultValue = "12%",
            description = "Drawdown that raises an alert (default: ${DEFAULT-VALUE}).")
    String maxDrawdown;

    /**
     * The limits the flags give.
     *
     * @throws UsageException if a value is not a percentage or fraction, or outside {@code (0, 1]}
     */
    public RiskLimits limits() {
        try {
            return new RiskLimits(fraction("--max-daily-loss", maxDailyLoss), fraction("--max-drawdown", maxDrawdown));
        } catch (UsageException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** {@code text} as a fraction: {@code 5%} or {@code 0.05}. */
    static double fraction(String what, String text) {
        String t = text.trim();
        try {
            return t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100 : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw UsageException.of(what, what + " must be a percentage like 5% or a fraction like 0.05, was '" + text
                    + "'");
        }
    }
}
