package dev.parallax.research;

import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.backtest.columnar.SyntheticBars;

/**
 * Bars drawn by the published {@link SyntheticBars} recipe: for tests, benchmarks and examples that
 * need no file.
 *
 * @param symbol       symbol of the bars, not blank
 * @param bars         number of bars, {@code >= 1}
 * @param seed         seed of the recipe
 * @param spacingNanos time between bar ends, {@code > 0}
 */
public record SyntheticBarSource(String symbol, int bars, long seed, long spacingNanos) implements BarSource {

    private static final long serialVersionUID = 1L;

    /** Validates the fields. */
    public SyntheticBarSource {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol must not be blank, was '" + symbol + "'");
        }
        if (bars < 1) {
            throw new IllegalArgumentException("bars must be >= 1, was " + bars);
        }
        if (spacingNanos <= 0) {
            throw new IllegalArgumentException("spacingNanos must be > 0, was " + spacingNanos);
        }
    }

    @Override
    public BarSeries load() {
        return SyntheticBars.generate(symbol, bars, seed, spacingNanos);
    }

    @Override
    public String describe() {
        return bars + " synthetic bars of " + symbol + " (seed " + seed + ", " + spacingNanos / 1_000_000_000L
                + " s apart)";
    }
}
