package dev.parallax.cli.data;

import dev.parallax.cli.CliException;
import dev.parallax.sim.api.data.MarketDataSource;
import java.time.Duration;

/** Tells the length of the bars in a file of bars that does not state it. */
public final class BarLength {

    /** Bars looked at: the smallest gap between consecutive times among the first this many is the length. */
    public static final int SAMPLE = 1_000;

    private BarLength() {
    }

    /**
     * The smallest positive gap between consecutive bar times among the first {@value #SAMPLE} bars of
     * {@code data} (so a daily file with weekends gives one day).
     *
     * @throws CliException when the data holds fewer than two bar times, naming the file and the flag to give
     */
    public static Duration infer(DataSpec data) {
        long smallest = Long.MAX_VALUE;
        DataSpec labelled = data.withBarTime(BarTime.CLOSE);
        try (MarketDataSource source = labelled.open(false).source()) {
            long previous = 0;
            for (int i = 0; i < SAMPLE && source.hasNext(); i++) {
                long t = source.next().timeNanos();
                if (i > 0 && t > previous) {
                    smallest = Math.min(smallest, t - previous);
                }
                previous = t;
            }
        }
        if (smallest == Long.MAX_VALUE) {
            throw new CliException("cannot tell the bar length of " + data.describe()
                    + " from fewer than two bar times; give it with --bar (or data.bar in the config)");
        }
        return Duration.ofNanos(smallest);
    }
}
