package dev.parallax.live;

import dev.parallax.parity.LiveExecution;
import dev.parallax.parity.ParityTracker;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands live fills to the strategy's parity tracker: every entry under its trade id, every exit
 * that has an exit id under that id. A fill the parity tracker already holds, or rejects, is
 * logged and skipped: the live record is what counts, parity is fed from it.
 */
final class ParityFeed {

    private static final Logger LOG = LoggerFactory.getLogger(ParityFeed.class);

    private final Optional<ParityTracker> tracker;

    ParityFeed(Optional<ParityTracker> tracker) {
        this.tracker = tracker;
    }

    /** True when there is a parity tracker to feed. */
    boolean active() {
        return tracker.isPresent();
    }

    /** Offers a fill that was just recorded; a rejection is logged as a warning. */
    void offer(LiveEvent event) {
        execution(event).ifPresent(execution -> send(execution, false));
    }

    /** Offers a fill replayed from the store at start-up; one the tracker already holds is skipped quietly. */
    void replay(LiveEvent event) {
        execution(event).ifPresent(execution -> send(execution, true));
    }

    private Optional<LiveExecution> execution(LiveEvent event) {
        if (tracker.isEmpty()) {
            return Optional.empty();
        }
        if (event instanceof LiveEntry entry) {
            return Optional.of(new LiveExecution(entry.tradeId(), entry.price(), entry.time(), entry.fee(),
                    entry.quality().slippage(), entry.quality().latency()));
        }
        if (event instanceof LiveExit exit && exit.hasExitId()) {
            return Optional.of(new LiveExecution(exit.exitId(), exit.price(), exit.time(), exit.fee(),
                    exit.quality().slippage(), exit.quality().latency()));
        }
        return Optional.empty();
    }

    private void send(LiveExecution execution, boolean replay) {
        try {
            tracker.get().recordLive(execution);
        } catch (IllegalArgumentException e) {
            if (replay) {
                LOG.debug("parity tracker of strategy {} already holds live execution '{}': {}",
                        tracker.get().strategy(), execution.tradeId(), e.getMessage());
            } else {
                LOG.warn("parity tracker of strategy {} did not take live execution '{}': {}",
                        tracker.get().strategy(), execution.tradeId(), e.getMessage());
            }
        }
    }
}
