package dev.parallax.live.bot;

import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.sim.api.Side;
import java.util.Optional;

/** Records nothing and allows everything; stateless. */
final class DisabledHook implements LiveTrackerHook {

    @Override
    public boolean afterEntry(String tradeId, String symbol, Side side, double size, double price, double fee) {
        return false;
    }

    @Override
    public boolean afterExit(String tradeId, double size, double price, double fee) {
        return false;
    }

    @Override
    public boolean entryAllowed() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return false;
    }

    @Override
    public Optional<LiveExecutionTracker> tracker() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // nothing was opened
    }
}
