package dev.parallax.research;

import dev.parallax.backtest.columnar.BarSeries;
import java.io.Serializable;

/**
 * Where a sweep's bars come from: a serializable reference that a worker turns into bars of one
 * symbol. Implementations are values (records): two equal sources load the same bars, which lets an
 * evaluator keep the bars it loaded last.
 */
public interface BarSource extends Serializable {

    /**
     * Reads the bars.
     *
     * @throws IllegalArgumentException  if the data cannot be used (no bars, bad rows), naming it
     * @throws java.io.UncheckedIOException if it cannot be read
     */
    BarSeries load();

    /** The symbol of the bars, known without reading them. */
    String symbol();

    /** What the data is, for output: a file name or a recipe. */
    String describe();
}
