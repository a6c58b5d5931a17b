package dev.parallax.benchmarks.ta4j;

import dev.parallax.backtest.columnar.SyntheticBars;
import dev.parallax.backtest.result.TradeRecord;
import java.util.List;
import org.ta4j.core.Position;

/**
 * How far the columnar engine's closed positions and ta4j's agree over the same {@link SyntheticBars}.
 *
 * @param columnar closed positions of the columnar engine
 * @param ta4j     closed positions of ta4j
 * @param same     positions that enter on the same bar and exit on the same bar in both
 */
record PositionMatch(int columnar, int ta4j, int same) {

    /** Checks the counts. */
    PositionMatch {
        if (columnar < 0 || ta4j < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were columnar " + columnar + " and ta4j " + ta4j);
        }
        if (same > Math.min(columnar, ta4j) || same < 0) {
            throw new IllegalArgumentException("same must be between 0 and the smaller count, was " + same);
        }
    }

    /**
     * Compares {@code trades} (closed trades of a run over bars from {@link SyntheticBars} spaced
     * {@code spacingNanos} apart, so bar {@code i} ends at {@code START_NANOS + (i + 1) * spacingNanos})
     * with ta4j's {@code positions} over the same bars, by entry and exit bar index. Both lists are in
     * entry order. ta4j's positions still open are not counted.
     */
    static PositionMatch of(List<TradeRecord> trades, List<Position> positions, long spacingNanos) {
        if (spacingNanos <= 0) {
            throw new IllegalArgumentException("spacingNanos must be > 0, was " + spacingNanos);
        }
        List<Position> closed = positions.stream().filter(Position::isClosed).toList();
        int same = 0;
        int j = 0;
        for (TradeRecord t : trades) {
            int entry = barIndex(t.entryTimeNanos(), spacingNanos);
            while (j < closed.size() && closed.get(j).getEntry().getIndex() < entry) {
                j++;
            }
            if (j < closed.size() && closed.get(j).getEntry().getIndex() == entry
                    && closed.get(j).getExit().getIndex() == barIndex(t.exitTimeNanos(), spacingNanos)) {
                same++;
            }
        }
        return new PositionMatch(trades.size(), closed.size(), same);
    }

    private static int barIndex(long endNanos, long spacingNanos) {
        return Math.toIntExact((endNanos - SyntheticBars.START_NANOS) / spacingNanos - 1);
    }
}
