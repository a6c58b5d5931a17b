package dev.parallax.adapters.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.Quote;
import dev.parallax.sim.api.data.TradeTick;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadersTest {

    private static final long S = 1_000_000_000L;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void gzipIsRecognisedByItsFirstBytesWhateverTheFileIsCalled() throws IOException {
        Path file = dir.resolve("trades.csv");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("timestamp,price,amount\n1385337600,800.01,0.1\n".getBytes(StandardCharsets.UTF_8));
        }
        try (CsvMarketDataSource source = TradeCsvFormat.of("BTC/USD").open(file)) {
            assertEquals(new TradeTick("BTC/USD", 1385337600L * S, 800.01, 0.1, Aggressor.UNKNOWN), source.next());
            assertFalse(source.hasNext());
        }
    }

    @Test
    void aMalformedRowStopsTheReadNamingTheFileTheLineAndTheRow() throws IOException {
        Path file = write("bad.csv", "timestamp,price,amount\n1,800,0.1\n2,eight hundred,0.1\n3,800,0.1\n");
        try (CsvMarketDataSource source = TradeCsvFormat.of("BTC/USD").open(file)) {
            source.next();
            MalformedRowException e = assertThrows(MalformedRowException.class, source::next);
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("line 3"), e.getMessage());
            assertTrue(e.getMessage().contains("'2,eight hundred,0.1'"), e.getMessage());
            assertTrue(e.getMessage().contains("'price' must be a number"), e.getMessage());
            assertEquals(3, e.row().line());
        }
    }

    @Test
    void lenientModeSkipsBadRowsAndReportsHowManyAndWhich() throws IOException {
        Path file = write("bad.csv", "timestamp,price,amount\n1,800,0.1\n2,-5,0.1\n\n3,800\n4,801,0.2\n3,802,0.1\n");
        try (CsvMarketDataSource source = TradeCsvFormat.of("BTC/USD").withPolicy(BadRowPolicy.LENIENT).open(file)) {
            assertEquals(1 * S, source.next().timeNanos());
            assertEquals(4 * S, source.next().timeNanos());
            assertFalse(source.hasNext());
            SkippedRows skipped = source.skippedRows();
            assertEquals(3, skipped.count());
            assertEquals(3, skipped.first().get(0).line());
            assertTrue(skipped.first().get(0).reason().contains("price"), skipped.first().get(0).reason());
            assertEquals(5, skipped.first().get(1).line());
            assertTrue(skipped.first().get(1).reason().contains("2 field(s)"), skipped.first().get(1).reason());
            assertEquals(7, skipped.first().get(2).line());
            assertTrue(skipped.first().get(2).reason().contains("time order"), skipped.first().get(2).reason());
        }
    }

    @Test
    void twoBarsAtOneTimeAreADuplicateRowButTwoTradesAtOneTimeAreNot() throws IOException {
        Path bars = write("bars.csv", "time,open,high,low,close,volume\n"
                + "2024-01-01T00:00:00,1,2,1,2,5\n2024-01-01T00:00:00,2,3,2,3,5\n");
        try (CsvMarketDataSource source = OhlcvCsvFormat.of("X").open(bars)) {
            source.next();
            MalformedRowException e = assertThrows(MalformedRowException.class, source::next);
            assertEquals(3, e.row().line());
            assertTrue(e.getMessage().contains("duplicate bar"), e.getMessage());
        }
        Path trades = write("trades.csv", "timestamp,price,amount\n1,800,0.1\n1,801,0.2\n");
        try (CsvMarketDataSource source = TradeCsvFormat.of("X").open(trades)) {
            source.next();
            assertEquals(801, ((TradeTick) source.next()).price());
        }
    }

    @Test
    void aNamedColumnMissingFromTheHeaderIsAnErrorShowingTheHeader() throws IOException {
        Path file = write("t.csv", "time,px,qty\n1,2,3\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TradeCsvFormat.of("X").open(file));
        assertTrue(e.getMessage().contains("'timestamp'") && e.getMessage().contains("[time, px, qty]"),
                e.getMessage());
    }

    @Test
    void semicolonsWithoutHeaderColumnsByPositionAndZonedDateTimesAreRead() throws IOException {
        Path file = write("bars.txt", "2024-03-01 09:30:00;1;\"1,5\";2;3;4;100\n");
        OhlcvCsvFormat format = OhlcvCsvFormat.of("X")
                .withDialect(new CsvDialect(';', false))
                .withTime(Column.at(0))
                .withColumns(Column.at(3), Column.at(5), Column.at(3), Column.at(4), Column.at(6))
                .withTimestamps(TimestampFormat.isoDateTime(ZoneId.of("America/New_York")));
        try (CsvMarketDataSource bars = format.open(file)) {
            // 09:30 EST = 14:30 UTC = 1709303400 s
            assertEquals(new Bar("X", 1709303400L * S, 2, 4, 2, 3, 100), bars.next());
        }
    }

    @Test
    void tradesWithASideColumnReadTheAggressor() throws IOException {
        Path file = write("t.csv", "ts,price,qty,side\n1700000000000,10,1,buy\n1700000000001,10,1,SELL\n"
                + "1700000000002,10,1,\n1700000000003,10,1,maybe\n");
        TradeCsvFormat format = TradeCsvFormat.of("X")
                .withColumns(Column.named("ts"), Column.named("price"), Column.named("qty"))
                .withSide(Column.named("side"))
                .withTimestamps(TimestampFormat.epochMillis());
        try (CsvMarketDataSource source = format.open(file)) {
            assertEquals(Aggressor.BUYER, ((TradeTick) source.next()).aggressor());
            assertEquals(Aggressor.SELLER, ((TradeTick) source.next()).aggressor());
            assertEquals(Aggressor.UNKNOWN, ((TradeTick) source.next()).aggressor());
            assertEquals(1_700_000_000_002_000_000L, TimestampFormat.epochMillis().parse("1700000000002"));
            assertTrue(assertThrows(MalformedRowException.class, source::next).getMessage().contains("'maybe'"));
        }
    }

    @Test
    void quotesAreReadAndACrossedQuoteIsABadRow() throws IOException {
        Path file = write("q.csv", "time,bid,ask,bid_size,ask_size\n1000,99.5,100.5,3,4\n2000,101,100,1,1\n");
        try (CsvMarketDataSource quotes = QuoteCsvFormat.of("X").withPolicy(BadRowPolicy.LENIENT).open(file)) {
            assertEquals(new Quote("X", 1_000_000_000L, 99.5, 100.5, 3, 4), quotes.next());
            assertFalse(quotes.hasNext());
            assertTrue(quotes.skippedRows().first().get(0).reason().contains("bid 101.0 must be <= ask 100.0"));
        }
    }

    @Test
    void anEmptyFileHasNoEvents() throws IOException {
        try (CsvMarketDataSource source = TradeCsvFormat.of("X").open(write("e.csv", ""))) {
            assertFalse(source.hasNext());
        }
    }
}
