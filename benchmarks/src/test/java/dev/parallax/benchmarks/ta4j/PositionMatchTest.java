package dev.parallax.benchmarks.ta4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.backtest.columnar.SyntheticBars;
import dev.parallax.backtest.regime.Regime;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.sim.api.Side;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BaseTradingRecord;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.num.DoubleNumFactory;

class PositionMatchTest {

    private static final long MINUTE = 60_000_000_000L;

    @Test
    void countsPositionsWithTheSameEntryAndExitBarsAndLeavesOpenOnesOut() {
        // columnar: bars 4-6, 10-12, 20-25; ta4j: 4-6 (same), 10-13 (exit differs), 18-19 (only ta4j), 30- (open).
        List<TradeRecord> columnar = List.of(trade(4, 6), trade(10, 12), trade(20, 25));
        TradingRecord ta4j = new BaseTradingRecord();
        enterAndExit(ta4j, 4, 6);
        enterAndExit(ta4j, 10, 13);
        enterAndExit(ta4j, 18, 19);
        ta4j.enter(30, DoubleNumFactory.getInstance().one(), DoubleNumFactory.getInstance().one());

        assertEquals(new PositionMatch(3, 3, 1), PositionMatch.of(columnar, ta4j.getPositions(), MINUTE));
    }

    @Test
    void refusesASameCountAboveEitherCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PositionMatch(3, 2, 3));
        assertEquals("same must be between 0 and the smaller count, was 3", e.getMessage());
    }

    @Test
    void refusesANegativeCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PositionMatch(-1, 2, 0));
        assertEquals("counts must be >= 0, were columnar -1 and ta4j 2", e.getMessage());
    }

    private static void enterAndExit(TradingRecord record, int entry, int exit) {
        record.enter(entry, DoubleNumFactory.getInstance().one(), DoubleNumFactory.getInstance().one());
        record.exit(exit, DoubleNumFactory.getInstance().one(), DoubleNumFactory.getInstance().one());
    }

    private static TradeRecord trade(int entryBar, int exitBar) {
        return new TradeRecord("SYN", Side.BUY, barEnd(entryBar), barEnd(exitBar), 1, 1, 1, 0, 0, 0, Regime.UNKNOWN);
    }

    private static long barEnd(int i) {
        return SyntheticBars.START_NANOS + (i + 1) * MINUTE;
    }
}
