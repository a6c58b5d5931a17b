package dev.parallax.adapters.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.TradeTick;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The reader as a whole, on seeded random trades files written in many ways (plain, exponent and long
 * decimals, signs, blanks, quotes, every line break, more text than one buffer): each row must come
 * out exactly as {@link Long#parseLong} and {@link Double#parseDouble} read its fields.
 */
class CsvMarketDataSourceTest {

    private static final String NAME = "random-trades";
    private static final TradeCsvFormat FORMAT = TradeCsvFormat.of("X").withTimestamps(TimestampFormat.epochMillis());

    @Test
    void everyRowIsReadAsTheJdkParsesItsFields() throws IOException {
        SplittableRandom random = new SplittableRandom(42L);
        for (int trial = 0; trial < 20; trial++) {
            List<TradeTick> expected = new ArrayList<>();
            String text = randomFile(random, 1 + random.nextInt(trial < 3 ? 20_000 : 300), expected);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertEquals(expected, readAll(bytes));
            assertEquals(expected, readAll(gzip(bytes)));
        }
    }

    @Test
    void badNumbersAreReportedWithTheTextOfTheField() {
        String text = "timestamp,price,amount\n1,12a,1\n2,1e999,1\n3, NaN ,1\n4,\"1.5\"\"\",1\n"
                + "99999999999999999999,1,1\n6,0x1p3,1d\n7,1,1\n";
        CsvMarketDataSource source = FORMAT.withPolicy(BadRowPolicy.LENIENT)
                .open(NAME, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<MarketEvent> events = drain(source);
        assertEquals(List.of(new TradeTick("X", 6_000_000L, 8, 1, Aggressor.UNKNOWN),
                new TradeTick("X", 7_000_000L, 1, 1, Aggressor.UNKNOWN)), events);
        List<String> reasons = source.skippedRows().first().stream().map(SkippedRow::reason).toList();
        assertEquals(List.of("column 'price' must be a number, was '12a'", "column 'price' must be finite, was '1e999'",
                "column 'price' must be finite, was 'NaN'", "column 'price' must be a number, was '1.5\"'",
                "timestamp '99999999999999999999' is not epoch milliseconds such as 1385337600000"), reasons);
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L),
                source.skippedRows().first().stream().map(SkippedRow::line).toList());
    }

    @Test
    void aTimestampTooLargeForNanosecondsIsABadRowNamingIt() {
        String text = "timestamp,price,amount\n9223372036854775,1,1\n";
        CsvMarketDataSource source = FORMAT.open(NAME, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        MalformedRowException e = assertThrows(MalformedRowException.class, source::next);
        assertTrue(e.getMessage().startsWith(NAME + " line 2: "), e.getMessage());
        assertTrue(e.getMessage().contains("timestamp '9223372036854775' is not epoch milliseconds"), e.getMessage());
    }

    private static List<MarketEvent> readAll(byte[] bytes) {
        return drain(FORMAT.open(NAME, new ByteArrayInputStream(bytes)));
    }

    private static List<MarketEvent> drain(CsvMarketDataSource source) {
        List<MarketEvent> events = new ArrayList<>();
        try (source) {
            while (source.hasNext()) {
                events.add(source.next());
            }
        }
        return events;
    }

    private static String randomFile(SplittableRandom random, int rows, List<TradeTick> expected) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "").append("timestamp,price,amount");
        long time = random.nextLong(1_000_000_000_000L, 2_000_000_000_000L);
        for (int i = 0; i < rows; i++) {
            text.append(lineBreak(random));
            if (random.nextInt(50) == 0) {
                text.append(random.nextBoolean() ? "" : " \t").append(lineBreak(random));
            }
            time += random.nextInt(1_000);
            String timeText = random.nextInt(10) == 0 ? "+00" + time : Long.toString(time);
            String price = decimal(random);
            String amount = decimal(random);
            text.append(field(random, timeText)).append(',').append(field(random, price)).append(',')
                    .append(field(random, amount));
            expected.add(new TradeTick("X", Long.parseLong(timeText) * 1_000_000L, Double.parseDouble(price),
                    Double.parseDouble(amount), Aggressor.UNKNOWN));
        }
        return random.nextBoolean() ? text.append(lineBreak(random)).toString() : text.toString();
    }

    private static String decimal(SplittableRandom random) {
        double value = switch (random.nextInt(3)) {
            case 0 -> random.nextInt(1, 100_000) / 100.0;
            case 1 -> 1 + random.nextInt(100) / 100.0; // often 17 digits: 1.1400000000000001
            default -> random.nextDouble(1e-12, 1e12);
        };
        return switch (random.nextInt(6)) {
            case 0 -> new BigDecimal(value).toPlainString();
            case 1 -> String.format(Locale.ROOT, "%.3e", value);
            case 2 -> "+" + value;
            case 3 -> "000" + value;
            default -> Double.toString(value);
        };
    }

    private static String field(SplittableRandom random, String text) {
        return switch (random.nextInt(12)) {
            case 0 -> " " + text + "\t";
            case 1 -> "\"" + text + "\"";
            case 2 -> " \"" + text + " \" ";
            default -> text;
        };
    }

    private static String lineBreak(SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> "\r\n";
            case 1 -> "\r";
            default -> "\n";
        };
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
    @Test
    void aTruncatedGzipFileIsReportedWithItsLineAndTheReason() throws IOException {
        StringBuilder text = new StringBuilder("timestamp,price,amount\n");
        for (int i = 0; i < 5_000; i++) {
            text.append(1_385_337_600 + i).append(",800.").append(i).append(",1\n");
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] cut = java.util.Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () -> {
            CsvMarketDataSource source = FORMAT.open(NAME, new ByteArrayInputStream(cut));
            while (source.hasNext()) {
                source.next();
            }
        });
        assertTrue(e.getMessage().startsWith("could not read " + NAME + " after line ")
                && e.getMessage().endsWith(": " + e.getCause().getMessage()), e.getMessage());
    }
}
