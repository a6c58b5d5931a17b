package dev.parallax.cli.report;

import java.util.List;
import java.util.Optional;

/**
 * Everything one report holds; each part is optional, but at least one is present. This is the one
 * model the text, HTML and JSON reports render ({@link TextReport}, {@link HtmlReport},
 * {@link JsonReport}): a figure appears in all three from the same value. The header (title and
 * notes) comes first in each; a run-plan section belongs right after it.
 *
 * @param title    the heading
 * @param backtest the backtest run
 * @param live     the live run (or the run standing in for it)
 * @param parity   the parity of the strategy
 * @param notes    lines shown under the heading (data source, skipped rows, ...)
 */
public record Report(String title, Optional<RunView> backtest, Optional<RunView> live, Optional<ParityView> parity,
                     List<String> notes) {

    /**
     * Checks that something is reported, that a backtest and a live run state their figures on one
     * basis, and copies the notes.
     */
    public Report {
        if (backtest.isEmpty() && live.isEmpty() && parity.isEmpty()) {
            throw new IllegalArgumentException("a report needs a backtest, a live run or parity, had none");
        }
        notes = List.copyOf(notes);
        if (backtest.isPresent() && live.isPresent()) {
            Comparison.of(backtest.get(), live.get());
        }
    }

    /** Backtest and live side by side, when the report has both. */
    public Optional<Comparison> comparison() {
        return backtest.isPresent() && live.isPresent()
                ? Optional.of(Comparison.of(backtest.get(), live.get())) : Optional.empty();
    }
}
