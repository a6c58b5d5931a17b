package dev.parallax.live;

import dev.parallax.parity.LiveExecution;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.alert.Alert;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands live fills to the strategy's parity tracker: every entry under its trade id, every exit
 * that has an exit id under that id. A fill the parity tracker already holds, or rejects, is
 * logged and skipped: the live record is what counts, parity is fed from it. The alerts the parity
 * tracker raises are handed back to the live tracker, which writes them to its outbox with the fill;
 * alerts raised while replaying the store at start-up were written when the fill was first recorded,
 * so they are dropped.
 */
final class ParityFeed {

    private static final Logger LOG = LoggerFactory.getLogger(ParityFeed.class);

    private final Optional<ParityTracker> tracker;

    ParityFeed(Optional<ParityTracker> tracker) {
        this.tracker = tracker;
    }

    /**
     * Offers a fill that is being recorded; a rejection is logged as a warning.
     *
     * @return the alerts the parity tracker raised, for the caller to deliver; empty if none
     */
    List<Alert> offer(LiveEvent event) {
        return execution(event).map(execution -> send(execution, false)).orElse(List.of());
    }

    /** Offers a fill replayed from the store at start-up; one the tracker already holds is skipped quietly. */
    void replay(LiveEvent event) {
        execution(event).ifPresent(execution -> {
            List<Alert> dropped = send(execution, true);
            if (!dropped.isEmpty()) {
                LOG.debug("replaying live execution '{}' raised {} parity alert(s), already written when it was "
                        + "recorded; not sent again", execution.tradeId(), dropped.size());
            }
        });
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

    private List<Alert> send(LiveExecution execution, boolean replay) {
        try {
            return tracker.get().recordLiveDeferringAlerts(execution).alerts();
        } catch (IllegalArgumentException e) {
            if (replay) {
                LOG.debug("parity tracker of strategy {} already holds live execution '{}': {}",
                        tracker.get().strategy(), execution.tradeId(), e.getMessage());
            } else {
                LOG.warn("parity tracker of strategy {} did not take live execution '{}': {}",
                        tracker.get().strategy(), execution.tradeId(), e.getMessage());
            }
            return List.of();
        }
    }
}
