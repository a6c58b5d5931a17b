package dev.parallax.cli.report;

import java.util.Optional;

/**
 * Everything one report holds; each part is optional, but at least one is present.
 *
 * @param title    the heading
 * @param backtest the backtest run
 * @param live     the live run (or the run standing in for it)
 * @param parity   the parity of the strategy
 * @param notes    lines shown under the heading (data source, skipped rows, ...)
 */
public record Report(String title, Optional<RunView> backtest, Optional<RunView> live, Optional<ParityView> parity,
                     java.util.List<String> notes) {

    /** Checks that something is reported and copies the notes. */
    public Report {
        if (backtest.isEmpty() && live.isEmpty() && parity.isEmpty()) {
            throw new IllegalArgumentException("a report needs a backtest, a live run or parity, had none");
        }
        notes = java.util.List.copyOf(notes);
    }
}
