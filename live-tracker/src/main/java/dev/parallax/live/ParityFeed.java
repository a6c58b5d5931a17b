package dev.parallax.live;

import dev.parallax.alert.Alert;
import dev.parallax.parity.ParityTracker;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands live fills to the strategy's parity tracker: every entry under its trade id, every exit
 * that has an exit id under that id. A fill the parity tracker already holds, or rejects, is
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
    /** The recorded fill named by an id (the store's {@code fillNamed}): an exit's entry, for its symbol and side. */
    private final Function<String, Optional<LiveEvent>> named;

    ParityFeed(Optional<ParityTracker> tracker, Function<String, Optional<LiveEvent>> named) {
        this.tracker = tracker;
        this.named = named;
    }

    /**
     * Offers an event that is being recorded and calls {@code commit} exactly once with the parity
     * alerts it raised: from inside the parity tracker when it takes the fill, else (no tracker, not a
     * fill, or a fill the tracker rejects, which is logged as a warning) with none. What
     * {@code commit} throws propagates.
     */
    void offer(LiveEvent event, Consumer<List<Alert>> commit) {
        Optional<Fill> execution = execution(event);
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

    /** Offers a fill replayed from the store at start-up; one the tracker already holds is skipped quietly. */
    void replay(LiveEvent event) {
        execution(event).ifPresent(execution -> {
            try {
                tracker.get().replayLive(execution);
            } catch (IllegalArgumentException e) {
                LOG.debug("parity tracker of strategy {} already holds live execution '{}': {}",
                        tracker.get().strategy(), execution.orderId(), e.getMessage());
            }
        });
    }

    private Optional<Fill> execution(LiveEvent event) {
        if (tracker.isEmpty()) {
            return Optional.empty();
        }
        if (event instanceof LiveEntry entry) {
            return Optional.of(new Fill(entry.tradeId(), entry.symbol(), entry.side(), entry.price(), entry.size(),
                    entry.fee(), FillType.TAKER, entry.quality().latency().toNanos(),
                    entry.quality().slippage() * 10_000, EventTimes.nanos(entry.time()), false));
        }
        if (event instanceof LiveExit exit && exit.hasExitId()) {
            Optional<LiveEvent> entry = named.apply(exit.tradeId());
            if (entry.isEmpty() || !(entry.get() instanceof LiveEntry opened)) {
                return Optional.empty();
            }
            return Optional.of(new Fill(exit.exitId(), opened.symbol(), opened.side().opposite(), exit.price(),
                    exit.size(), exit.fee(), FillType.TAKER, exit.quality().latency().toNanos(),
                    exit.quality().slippage() * 10_000, EventTimes.nanos(exit.time()), false));
        }
        return Optional.empty();
    }
}
