package dev.parallax.live;

import dev.parallax.alert.Alert;
import dev.parallax.parity.ParityTracker;
import dev.parallax.sim.api.Fill;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands live fills to the strategy's parity tracker as they are ({@link LiveEntry#fill()},
 * {@link LiveExit#fill()}): every entry under its trade id, every compared exit under its exit id;
 * an exit that is not compared is not offered; executions go as whole orders, the order's fills
 * summed once its last one is recorded ({@link ParityFills}). A fill the parity tracker already holds, or rejects, is
 * logged and skipped: the live record is what counts, parity is fed from it. A fill being recorded
 * is offered before it is written: the parity tracker hands its alerts to the live tracker's commit,
 * which writes them to the outbox with the fill, and saves a disable only after that commit. Inside
 * a commit group the tracker offers a fill only once the group is committed. Alerts
 * raised while replaying the store at start-up were written when the fill was first recorded, so
 * they are dropped ({@link ParityTracker#replayLive}). The parity tracker's state is saved with
 * the live snapshot and restored from it at start-up ({@link ParityCheckpoints}), so only the fills
 * after it are replayed.
 */
final class ParityFeed {

    private static final Logger LOG = LoggerFactory.getLogger(ParityFeed.class);

    private final Optional<ParityTracker> tracker;

    ParityFeed(Optional<ParityTracker> tracker) {
        this.tracker = tracker;
    }

    /**
     * Offers what parity compares of an event being recorded ({@code compared}, empty when nothing)
     * and calls {@code commit} exactly once with the parity alerts it raised: from inside the parity
     * tracker when it takes the fill, else (no tracker, nothing to compare, or a fill the tracker
     * rejects, which is logged as a warning) with none. What {@code commit} throws propagates.
     */
    void offer(Optional<Fill> compared, Consumer<List<Alert>> commit) {
        Optional<Fill> execution = execution(compared);
        if (execution.isEmpty()) {
            commit.accept(List.of());
            return;
        }
        boolean[] committed = {false};
        try {
            tracker.get().recordLive(execution.get(), alerts -> {
                committed[0] = true;
                commit.accept(alerts);
            });
        } catch (IllegalArgumentException e) {
            if (committed[0]) {
                throw e;
            }
            LOG.warn("parity tracker of strategy {} did not take live execution '{}': {}",
                    tracker.get().strategy(), execution.get().orderId(), e.getMessage());
            commit.accept(List.of());
        }
    }

    /** Offers what parity compares of an event replayed from the store at start-up; one it holds is skipped quietly. */
    void replay(Optional<Fill> compared) {
        execution(compared).ifPresent(execution -> {
            try {
                tracker.get().replayLive(execution);
            } catch (IllegalArgumentException e) {
                LOG.debug("parity tracker of strategy {} already holds live execution '{}': {}",
                        tracker.get().strategy(), execution.orderId(), e.getMessage());
            }
        });
    }

    /** True when a parity tracker is attached. */
    boolean attached() {
        return tracker.isPresent();
    }

    private Optional<Fill> execution(Optional<Fill> compared) {
        return tracker.isEmpty() ? Optional.empty() : compared;
    }
}
