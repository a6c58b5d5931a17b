package dev.parallax.adapters.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parallax.sim.api.data.MarketDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Valid OHLCV, trades and quotes CSV and JSON bar files, damaged at random (characters deleted,
 * inserted, lines duplicated, swapped or cut, fields replaced by junk, plain or gzip, the gzip itself
 * cut or flipped), read in strict and lenient mode. Every read either finishes, or stops with an
 * {@link IllegalArgumentException} (a bad row, broken JSON, a limit) or, for a damaged gzip stream,
 * an {@link UncheckedIOException}, each naming the source; nothing else escapes, nothing hangs. A
 * lenient CSV read that finishes accounts for every row: each is either returned or skipped.
 */
class ReaderFuzzTest {

    static final int TRIES = 1_000;
    private static final String NAME = "fuzzed-input";
    private static final String[] JUNK = {"", ",", "\"", "\"\"", "\n", "\r\n", "\r", "\u0000", "NaN", "-1", "1e999",
        "Infinity", "\uFEFF", "é", "𝄞", "{", "}", "[", "]", ":", "null", "9223372036854775807", "2024-13-45T99:99:99Z",
        " ", "\t", ";", "=cmd|' /C calc'!A0", "0x10", "1_000"};

    @Property(tries = TRIES, seed = "31337")
    void aDamagedFileIsReadOrRejectedWithAMessageNamingItAndNeverHangs(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Kind kind = Kind.values()[rnd.nextInt(Kind.values().length)];
        boolean lenient = rnd.nextBoolean();
        String text = mutate(kind.sample(rnd), rnd);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        boolean gzip = rnd.nextInt(4) == 0;
        if (gzip) {
            bytes = gzip(bytes, rnd);
        }
        byte[] input = bytes;
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(kind, lenient, input, text, gzip));
    }

    @Test
    void aLineLongerThanTheLimitStopsTheReadNamingTheLimit() {
        String longLine = "1," + "9".repeat(CsvMarketDataSource.MAX_LINE_CHARS + 10) + ",1\n";
        byte[] bytes = ("timestamp,price,amount\n1,2,3\n" + longLine).getBytes(StandardCharsets.UTF_8);
        var e = assertThrows(IllegalArgumentException.class, () -> drain(
                TradeCsvFormat.of("X").withPolicy(BadRowPolicy.LENIENT).open(NAME, new ByteArrayInputStream(bytes))));
        assertTrue(e.getMessage().startsWith(NAME + ": line 3 is longer than the limit of 1048576 characters"),
                e.getMessage());
    }

    @Test
    void aJsonStringLongerThanTheLimitOrNestingTooDeepStopsTheReadNamingTheLimit() {
        byte[] longString = ("[{\"time\": 1, \"open\": \"" + "1".repeat(JsonBarSource.MAX_TOKEN_CHARS + 1) + "\"}]")
                .getBytes(StandardCharsets.UTF_8);
        var tooLong = assertThrows(IllegalArgumentException.class,
                () -> drain(JsonBarFormat.of("X").open(NAME, new ByteArrayInputStream(longString))));
        assertTrue(tooLong.getMessage().contains("exceeds the maximum allowed (" + jacksonNumber(1048576)),
                tooLong.getMessage());
        byte[] deep = ("[{\"x\": " + "[".repeat(100) + "]".repeat(100) + "}]").getBytes(StandardCharsets.UTF_8);
        var tooDeep = assertThrows(IllegalArgumentException.class,
                () -> drain(JsonBarFormat.of("X").open(NAME, new ByteArrayInputStream(deep))));
        assertTrue(tooDeep.getMessage().contains("exceeds the maximum allowed (" + jacksonNumber(64)),
                tooDeep.getMessage());
    }

    /** A number as Jackson writes it in its limit messages: with String.format, in the default locale. */
    private static String jacksonNumber(int n) {
        return String.format("%d", n);
    }

    private static void read(Kind kind, boolean lenient, byte[] input, String text, boolean gzip) {
        MarketDataSource source = null;
        try {
            source = kind.open(lenient, input);
            long rows = drain(source);
            if (lenient && kind != Kind.JSON_BARS && source instanceof CsvMarketDataSource csv) {
                assertEquals(dataRows(text), rows + csv.skippedRows().count(),
                        "a lenient read must return or skip every row");
            }
        } catch (IllegalArgumentException e) {
            assertNamesSource(e);
        } catch (UncheckedIOException e) {
            assertTrue(gzip, "only a damaged gzip stream may fail to read: " + e);
            assertNamesSource(e);
        } catch (RuntimeException | AssertionError e) {
            if (e instanceof AssertionError a) {
                throw a;
            }
            fail(kind + (lenient ? " lenient" : " strict") + " threw " + e + " for:\n" + abbreviate(text), e);
        } finally {
            if (source != null) {
                source.close();
            }
        }
    }

    private static long drain(MarketDataSource source) {
        long n = 0;
        long previous = Long.MIN_VALUE;
        try (source) {
            while (source.hasNext()) {
                long time = source.next().timeNanos();
                assertTrue(time >= previous, "events must come in time order");
                previous = time;
                n++;
            }
        }
        return n;
    }

    private static void assertNamesSource(RuntimeException e) {
        String message = e.getMessage();
        assertFalse(message == null || message.isBlank(), "rejected without a message: " + e);
        assertTrue(message.contains(NAME), "the message should name the input: " + message);
    }

    /** Lines after the header that are not blank, as the CSV reader counts them. */
    private static long dataRows(String text) {
        String[] lines = text.split("\r\n|\n|\r", -1);
        if (text.endsWith("\n") || text.endsWith("\r")) {
            lines = Arrays.copyOf(lines, lines.length - 1);
        }
        return Arrays.stream(lines).skip(1).filter(l -> !l.isBlank()).count();
    }

    private static String mutate(String text, SplittableRandom rnd) {
        StringBuilder out = new StringBuilder(text);
        int edits = rnd.nextInt(6);
        for (int i = 0; i < edits && out.length() > 0; i++) {
            int at = rnd.nextInt(out.length());
            switch (rnd.nextInt(6)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, JUNK[rnd.nextInt(JUNK.length)]);
                case 2 -> out.setLength(at);
                case 3 -> {
                    int end = Math.min(out.length(), at + 1 + rnd.nextInt(12));
                    out.replace(at, end, JUNK[rnd.nextInt(JUNK.length)]);
                }
                case 4 -> {
                    int start = out.lastIndexOf("\n", at) + 1;
                    int end = out.indexOf("\n", at);
                    String line = out.substring(start, end < 0 ? out.length() : end + 1);
                    out.insert(start, line);
                }
                default -> out.insert(at, (char) rnd.nextInt(0x3000));
            }
        }
        return out.toString();
    }

    private static byte[] gzip(byte[] bytes, SplittableRandom rnd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] zipped = out.toByteArray();
        return switch (rnd.nextInt(4)) {
            case 0 -> Arrays.copyOf(zipped, 2 + rnd.nextInt(zipped.length - 1));
            case 1 -> {
                zipped[2 + rnd.nextInt(zipped.length - 2)] ^= (byte) (1 + rnd.nextInt(255));
                yield zipped;
            }
            default -> zipped;
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "...";
    }

    /** The formats fuzzed, each with a generator of valid sample text. */
    private enum Kind {
        OHLCV(l -> OhlcvCsvFormat.of("X").withPolicy(l)::open, rnd -> rows(rnd,
                "time,open,high,low,close,volume", (t, p) -> isoTime(t) + "," + p + "," + (p + 1) + "," + (p - 1) + ","
                        + p + "," + (t % 97))),
        TRADES(l -> TradeCsvFormat.of("X").withPolicy(l)::open, rnd -> rows(rnd, "timestamp,price,amount",
                (t, p) -> (1_700_000_000 + t) + "," + p + ",0." + (1 + t % 9))),
        QUOTES(l -> QuoteCsvFormat.of("X").withPolicy(l)::open, rnd -> rows(rnd, "time,bid,ask,bid_size,ask_size",
                (t, p) -> (1_700_000_000_000L + t) + "," + p + "," + (p + 0.5) + ",1.5,2")),
        JSON_BARS(l -> JsonBarFormat.of("X").withPolicy(l)::open, rnd -> {
            StringBuilder json = new StringBuilder(rnd.nextBoolean() ? "[\n" : "");
            boolean array = json.length() > 0;
            int n = 1 + rnd.nextInt(20);
            for (int i = 0; i < n; i++) {
                double p = 100 + i;
                json.append("{\"time\": ").append(1_700_000_000_000L + i * 60_000L).append(", \"open\": ").append(p)
                        .append(", \"high\": \"").append(p + 1).append("\", \"low\": ").append(p - 1)
                        .append(", \"close\": ").append(p).append(", \"volume\": 3, \"extra\": {\"a\": [1, 2]}}")
                        .append(array && i < n - 1 ? ",\n" : "\n");
            }
            return json.append(array ? "]\n" : "").toString();
        });

        private final Function<BadRowPolicy, Opener> opener;
        private final Function<SplittableRandom, String> sample;

        Kind(Function<BadRowPolicy, Opener> opener, Function<SplittableRandom, String> sample) {
            this.opener = opener;
            this.sample = sample;
        }

        MarketDataSource open(boolean lenient, byte[] input) {
            return opener.apply(lenient ? BadRowPolicy.LENIENT : BadRowPolicy.STRICT)
                    .open(NAME, new ByteArrayInputStream(input));
        }

        String sample(SplittableRandom rnd) {
            return sample.apply(rnd);
        }

        private static String rows(SplittableRandom rnd, String header, RowText row) {
            StringBuilder csv = new StringBuilder(header).append('\n');
            int n = 1 + rnd.nextInt(20);
            for (int i = 0; i < n; i++) {
                csv.append(row.of(i * 60L, 100.0 + i)).append('\n');
            }
            return csv.toString();
        }

        private static String isoTime(long seconds) {
            return java.time.Instant.ofEpochSecond(1_700_000_000L + seconds).toString();
        }
    }

    @FunctionalInterface
    private interface Opener {
        MarketDataSource open(String name, java.io.InputStream in);
    }

    @FunctionalInterface
    private interface RowText {
        String of(long t, double p);
    }
}
