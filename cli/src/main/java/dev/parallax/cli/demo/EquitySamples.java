package dev.parallax.cli.demo;

import dev.parallax.backtest.AccountView;
import dev.parallax.backtest.EngineObserver;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.data.MarketEvent;
import java.util.Arrays;

/**
 * The live tracker's equity after each event of the demo's live run (after its executions were
 * recorded and its close marked): the live equity curve of the report, a point per bar. Two events
 * in the same millisecond keep one point, the later equity.
 */
public final class EquitySamples implements EngineObserver {

    private final LiveExecutionTracker live;
    private long[] millis = new long[1_024];
    private double[] equity = new double[1_024];
    private int size;

    /** Samples the account of {@code live}. */
    public EquitySamples(LiveExecutionTracker live) {
        this.live = Preconditions.notNull("live", live);
    }

    @Override
    public void afterEvent(MarketEvent event, AccountView account) {
        long t = Math.floorDiv(event.timeNanos(), 1_000_000L);
        double value = live.account().equity();
        if (size > 0 && millis[size - 1] >= t) {
            equity[size - 1] = value;
            return;
        }
        if (size == millis.length) {
            millis = Arrays.copyOf(millis, size * 2);
            equity = Arrays.copyOf(equity, size * 2);
        }
        millis[size] = t;
        equity[size] = value;
        size++;
    }

    /** Times of the samples, epoch milliseconds, increasing. */
    public long[] millis() {
        return Arrays.copyOf(millis, size);
    }

    /** The sampled equity, one value per time of {@link #millis()}. */
    public double[] equity() {
        return Arrays.copyOf(equity, size);
    }
}
