package dev.parallax.benchmarks.ta4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.BarExecution;
import dev.parallax.backtest.ColumnarBacktest;
import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.backtest.columnar.ColumnarConfig;
import dev.parallax.backtest.columnar.ColumnarSmaCross;
import dev.parallax.backtest.columnar.SyntheticBars;
import dev.parallax.backtest.result.ColumnarResult;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ta4j.core.Bar;
import org.ta4j.core.Position;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.num.DecimalNumFactory;
import org.ta4j.core.num.DoubleNumFactory;

class Ta4jSmaCrossTest {

    private static final long MINUTE = 60_000_000_000L;

    @Test
    void seriesCopiesEachBarsTimePricesAndVolume() {
        BarSeries bars = new BarSeries.Builder("X", 2)
                .add(1_000_000_000_500L, 10, 12, 9, 11, 300)
                .add(1_000_000_060_500L, 11, 11.5, 10.25, 10.5, 250)
                .build();

        org.ta4j.core.BarSeries series = Ta4jSmaCross.series(bars, Duration.ofMinutes(1),
                DoubleNumFactory.getInstance());

        assertEquals(2, series.getBarCount());
        Bar second = series.getBar(1);
        assertEquals(Instant.ofEpochSecond(1000, 60_500), second.getEndTime());
        assertEquals(Instant.ofEpochSecond(940, 60_500), second.getBeginTime());
        assertEquals(11.0, second.getOpenPrice().doubleValue());
        assertEquals(11.5, second.getHighPrice().doubleValue());
        assertEquals(10.25, second.getLowPrice().doubleValue());
        assertEquals(10.5, second.getClosePrice().doubleValue());
        assertEquals(250.0, second.getVolume().doubleValue());
    }

    @Test
    void strategyEntersOnAnUpCrossAndExitsOnADownCrossAtTheSignalBarsClose() {
        // closes 10 10 10 9 13 13 7 7 12, SMA(2) against SMA(3), worked out by hand:
        // bar 3: 9.5 < 9.667; bar 4: 11 > 10.667 (up: enter at 13); bar 5: 13 > 11.667;
        // bar 6: 10 < 11 (down: exit at 7); bar 7: 7 < 9; bar 8: 9.5 > 8.667 (up: enter at 12, still open).
        double[] closes = {10, 10, 10, 9, 13, 13, 7, 7, 12};
        BarSeries.Builder b = new BarSeries.Builder("X", closes.length);
        for (int i = 0; i < closes.length; i++) {
            b.add((i + 1) * MINUTE, closes[i], closes[i], closes[i], closes[i], 1);
        }
        org.ta4j.core.BarSeries series = Ta4jSmaCross.series(b.build(), Duration.ofMinutes(1),
                DoubleNumFactory.getInstance());

        TradingRecord record = Ta4jSmaCross.run(series, Ta4jSmaCross.strategy(series, 2, 3));

        assertEquals(1, record.getPositionCount());
        Position closed = record.getPositions().get(0);
        assertEquals(4, closed.getEntry().getIndex());
        assertEquals(13.0, closed.getEntry().getPricePerAsset().doubleValue());
        assertEquals(6, closed.getExit().getIndex());
        assertEquals(7.0, closed.getExit().getPricePerAsset().doubleValue());
        assertEquals(1.0, closed.getEntry().getAmount().doubleValue());
        assertEquals(-6.0, closed.getProfit().doubleValue());
        assertTrue(record.getCurrentPosition().isOpened());
        assertEquals(8, record.getCurrentPosition().getEntry().getIndex());
    }

    @Test
    void ta4jTakesTheSamePositionsAsTheColumnarEngineOnTheGeneratedBars() {
        BarSeries bars = SyntheticBars.generate("SYN", 100_000, 42, MINUTE);
        org.ta4j.core.BarSeries series = Ta4jSmaCross.series(bars, Duration.ofMinutes(1),
                DoubleNumFactory.getInstance());

        TradingRecord record = Ta4jSmaCross.run(series, Ta4jSmaCross.strategy(series, 5, 20));
        ColumnarResult columnar = new ColumnarBacktest(new ColumnarConfig(100_000, BarExecution.SIGNAL_BAR_CLOSE, 0,
                0, false, false)).run(bars, new ColumnarSmaCross(5, 20, false, 1));
        PositionMatch match = PositionMatch.of(columnar.trades(), record.getPositions(), MINUTE);

        assertTrue(match.columnar() > 3000, "the crossover should trade often, closed " + match.columnar());
        assertEquals(new PositionMatch(match.columnar(), match.columnar(), match.columnar()), match);
    }

    @Test
    void numbersAreDoubleOrDecimalAndNothingElse() {
        assertInstanceOf(DoubleNumFactory.class, Ta4jSmaCross.numbers("double"));
        assertInstanceOf(DecimalNumFactory.class, Ta4jSmaCross.numbers("decimal"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ta4jSmaCross.numbers("float"));
        assertEquals("numbers must be double or decimal, was 'float'", e.getMessage());
    }

    @Test
    void strategyRefusesAFastPeriodThatIsNotShorterThanTheSlowOne() {
        org.ta4j.core.BarSeries series = Ta4jSmaCross.series(new BarSeries.Builder("X", 1)
                .add(MINUTE, 1, 1, 1, 1, 1).build(), Duration.ofMinutes(1), DoubleNumFactory.getInstance());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ta4jSmaCross.strategy(series, 20, 20));
        assertEquals("periods must satisfy 1 <= fast < slow, were fast 20 and slow 20", e.getMessage());
    }

    @Test
    void seriesRefusesAPeriodThatIsNotPositive() {
        BarSeries bars = new BarSeries.Builder("X", 1).add(MINUTE, 1, 1, 1, 1, 1).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ta4jSmaCross.series(bars, Duration.ZERO, DoubleNumFactory.getInstance()));
        assertEquals("period must be > 0, was PT0S", e.getMessage());
    }
}
