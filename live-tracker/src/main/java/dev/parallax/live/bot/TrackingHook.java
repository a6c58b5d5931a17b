package dev.parallax.live.bot;

import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveExit;
import dev.parallax.live.TradeRecord;
import dev.parallax.sim.api.Side;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records the bot's fills into a tracker; failures are logged and reported as false. */
final class TrackingHook implements LiveTrackerHook {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingHook.class);

    private final LiveExecutionTracker tracker;
    private final Clock clock;

    TrackingHook(LiveExecutionTracker tracker, Clock clock) {
        this.tracker = tracker;
        this.clock = clock;
    }

    @Override
    public boolean afterEntry(String tradeId, String symbol, Side side, double size, double price, double fee) {
        return attempt(() -> "entry of trade '" + tradeId + "'",
                () -> tracker.recordEntry(LiveEntry.of(tradeId, symbol, side, size, price, fee, clock.instant())));
    }

    @Override
    public boolean afterExit(String tradeId, double size, double price, double fee) {
        return attempt(() -> "exit of trade '" + tradeId + "'",
                () -> tracker.recordExit(exit(tradeId, size, price, fee)));
    }

    /**
     * An exit that is not compared with the backtest (the hook knows no exit id), of its trade's symbol
     * on the closing side, both read from the tracker.
     */
    private LiveExit exit(String tradeId, double size, double price, double fee) {
        TradeRecord trade = tracker.trade(tradeId).orElseThrow(() -> new IllegalArgumentException("tradeId '"
                + tradeId + "' of the exit has no entry; record the entry first"));
        return LiveExit.notCompared(tradeId, trade.symbol(), trade.side().opposite(), size, price, fee,
                clock.instant());
    }

    @Override
    public boolean entryAllowed() {
        return tracker.canEnter();
    }

    @Override
    public boolean isEnabled() {
        return true;
    }

    @Override
    public void close() {
        tracker.close();
    }

    @Override
    public Optional<LiveExecutionTracker> tracker() {
        return Optional.of(tracker);
    }

    private static boolean attempt(Supplier<String> what, Runnable record) {
        try {
            record.run();
            return true;
        } catch (RuntimeException e) {
            LOG.error("live tracker did not record the {}: {}", what.get(), e.getMessage(), e);
            return false;
        }
    }
}
