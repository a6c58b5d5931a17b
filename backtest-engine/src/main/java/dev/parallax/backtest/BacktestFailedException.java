package dev.parallax.backtest;

import dev.parallax.backtest.result.BacktestResult;
import java.util.Optional;

/**
 * A run stopped early: the strategy threw, or an input was rejected. Carries the results up to the
 * moment of failure; the cause is the original exception.
 */
public final class BacktestFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient BacktestResult partialResult;

    BacktestFailedException(String message, Throwable cause, BacktestResult partialResult) {
        super(message, cause);
        this.partialResult = partialResult;
    }

    /**
     * The results of the run up to the failure, if they could be assembled; empty when assembling
     * them failed too (that failure is attached to the cause as suppressed).
     */
    public Optional<BacktestResult> partialResult() {
        return Optional.ofNullable(partialResult);
    }
}
