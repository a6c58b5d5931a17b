package dev.parallax.adapters.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.TradeTick;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The real Bitstamp BTC/USD trades of 2013-11-25 to 2013-12-01 that ta4j ships in
 * {@code org.ta4j:ta4j-examples} (a test dependency), read and aggregated to 5-minute bars, checked
 * against bars computed independently by {@code reference/bitstamp_5min_bars.py}. The file has 18
 * rows with an amount of 0, which are not trades: strict mode stops at the first, lenient mode skips
 * and reports them.
 */
class BitstampTradesTest {

    private static final String TRADES = "/bitstamp_trades_from_20131125_usd.csv";
    private static final long SECOND = 1_000_000_000L;

    private static CsvMarketDataSource trades(BadRowPolicy policy) {
        InputStream in = BitstampTradesTest.class.getResourceAsStream(TRADES);
        assertNotNull(in, "ta4j-examples must be on the test class path");
        return TradeCsvFormat.of("BTC/USD").withPolicy(policy).open(TRADES, in);
    }

    private static CsvMarketDataSource trades() {
        return trades(BadRowPolicy.LENIENT);
    }

    @Test
    void strictModeStopsAtTheFirstZeroAmountRowOfTheRealFile() {
        try (CsvMarketDataSource source = trades(BadRowPolicy.STRICT)) {
            MalformedRowException e = assertThrows(MalformedRowException.class, () -> {
                while (source.hasNext()) {
                    source.next();
                }
            });
            assertEquals(1375, e.row().line());
            assertEquals("1385350068,814.180000000000,0.000000000000", e.row().row());
            assertTrue(e.getMessage().contains("size must be a finite number > 0, was 0.0"), e.getMessage());
        }
    }

    @Test
    void readsEveryTradeOfTheRealFileWithItsTimePriceAndAmount() {
        try (CsvMarketDataSource source = trades()) {
            TradeTick first = (TradeTick) source.next();
            assertEquals(new TradeTick("BTC/USD", 1385337600L * SECOND, 800.01, 0.1, Aggressor.UNKNOWN), first);
            long count = 1;
            TradeTick last = first;
            while (source.hasNext()) {
                last = (TradeTick) source.next();
                count++;
            }
            // 100,000 rows, of which 18 have an amount of 0 and are skipped and reported
            assertEquals(99_982, count);
            assertEquals(new TradeTick("BTC/USD", 1385913725L * SECOND, 999.0, 1.2926331, Aggressor.UNKNOWN), last);
            SkippedRows skipped = source.skippedRows();
            assertEquals(18, skipped.count());
            assertEquals(1375, skipped.first().get(0).line());
            assertEquals(15670, skipped.first().get(1).line());
        }
    }

    @Test
    void fiveMinuteBarsMatchTheIndependentReference() throws Exception {
        try (MarketDataSource bars = new TimeBarAggregator(trades(), Duration.ofMinutes(5));
             BufferedReader expected = new BufferedReader(new InputStreamReader(
                     getClass().getResourceAsStream("/reference/bitstamp_5min_bars.csv"), StandardCharsets.UTF_8))) {
            expected.readLine();
            String line;
            int n = 0;
            while ((line = expected.readLine()) != null) {
                String[] f = line.split(",");
                Bar bar = (Bar) bars.next();
                String where = "bar " + n + " ending " + f[0];
                assertEquals(Long.parseLong(f[0]) * SECOND, bar.timeNanos(), where);
                assertEquals(Double.parseDouble(f[1]), bar.open(), 0.0, where);
                assertEquals(Double.parseDouble(f[2]), bar.high(), 0.0, where);
                assertEquals(Double.parseDouble(f[3]), bar.low(), 0.0, where);
                assertEquals(Double.parseDouble(f[4]), bar.close(), 0.0, where);
                assertEquals(Double.parseDouble(f[5]), bar.volume(), 1e-9 * Double.parseDouble(f[5]), where);
                n++;
            }
            assertEquals(1_917, n);
            assertFalse(bars.hasNext());
        }
    }

    @Test
    void theFirstBarIsTheOneWorkedOutByHandFromTheFirstTrades() {
        // The trades of 00:00:00-00:04:59 on 2013-11-25 (29 of them) open at 800.01 and close at 806.50;
        // the bar ends at 00:05:00 = 1385337900 s. High 807.47 and low 800.01 are read off the file.
        try (MarketDataSource bars = new TimeBarAggregator(trades(), Duration.ofMinutes(5))) {
            Bar first = (Bar) bars.next();
            assertEquals(1385337900L * SECOND, first.timeNanos());
            assertEquals(800.01, first.open(), 0.0);
            assertEquals(806.5, first.close(), 0.0);
            assertEquals(807.47, first.high(), 0.0);
            assertEquals(800.01, first.low(), 0.0);
        }
    }
}
