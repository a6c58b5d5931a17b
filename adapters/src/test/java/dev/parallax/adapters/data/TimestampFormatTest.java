package dev.parallax.adapters.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class TimestampFormatTest {

    private static final long T = 1_385_337_600L; // 2013-11-25T00:00:00Z

    @Test
    void epochNotationsAllGiveTheSameNanoseconds() {
        long nanos = T * 1_000_000_000L;
        assertEquals(nanos, TimestampFormat.epochSeconds().parse("1385337600"));
        assertEquals(nanos, TimestampFormat.epochMillis().parse("1385337600000"));
        assertEquals(nanos, TimestampFormat.epochMicros().parse("1385337600000000"));
        assertEquals(nanos, TimestampFormat.epochNanos().parse("1385337600000000000"));
        assertEquals(nanos + 250_000_000L, TimestampFormat.epochSeconds().parse("1385337600.25"));
    }

    @Test
    void aHugeExponentIsRefusedAtOnceInsteadOfBuildingAGiantNumber() {
        // found by ReaderFuzzTest: '1700001e9990120' used to take about ten seconds per row
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (String text : new String[] {"1700001e9990120", "1e-9990120", "9e19", "1385337600e10"}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> TimestampFormat.epochSeconds().parse(text));
                assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
            }
        }, "refusing an absurd exponent must not hang");
        assertEquals(T * 1_000_000_000L, TimestampFormat.epochSeconds().parse("1385337600.000000000000000000000"));
        assertEquals(T * 1_000_000_000L, TimestampFormat.epochSeconds().parse("1.3853376e9"));
    }

    @Test
    void isoTextWithAndWithoutOffsetAndPatterns() {
        long nanos = T * 1_000_000_000L;
        assertEquals(nanos, TimestampFormat.isoDateTime().parse("2013-11-25T00:00:00Z"));
        assertEquals(nanos, TimestampFormat.isoDateTime(ZoneId.of("Europe/Berlin")).parse("2013-11-25T01:00:00"));
        assertEquals(nanos, TimestampFormat.isoDateTime(ZoneId.of("Asia/Tokyo")).parse("2013-11-25T00:00:00+00:00"));
        assertEquals(nanos, TimestampFormat.isoDateTime().parse("2013-11-25 00:00:00"));
        assertEquals(nanos, TimestampFormat.isoDate(ZoneOffset.UTC).parse("2013-11-25"));
        assertEquals(nanos, TimestampFormat.pattern("dd.MM.yyyy HH:mm", ZoneOffset.UTC).parse("25.11.2013 00:00"));
    }

    @Test
    void isoDateTimesAcceptABareDateAsTheStartOfThatDayInTheZone() {
        assertEquals(T * 1_000_000_000L, TimestampFormat.isoDateTime().parse("2013-11-25"));
        // midnight in New York on 2013-11-25 is 05:00 UTC (EST, UTC-5)
        assertEquals((T + 5 * 3600) * 1_000_000_000L,
                TimestampFormat.isoDateTime(ZoneId.of("America/New_York")).parse("2013-11-25"));
        assertThrows(IllegalArgumentException.class, () -> TimestampFormat.isoDateTime().parse("2013-11-2X"));
    }

    @Test
    void textThatDoesNotParseSaysWhatWasExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimestampFormat.isoDate(ZoneOffset.UTC).parse("25/11/2013"));
        assertTrue(e.getMessage().contains("'25/11/2013'") && e.getMessage().contains("2013-01-02"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TimestampFormat.epochNanos().parse("1.5"));
        assertThrows(IllegalArgumentException.class, () -> TimestampFormat.epochSeconds().parse("99999999999999999"));
    }

    @Test
    void readingFromACharacterBufferGivesWhatReadingTheStringGives() {
        SplittableRandom random = new SplittableRandom(3L);
        TimestampFormat[] formats = {TimestampFormat.epochSeconds(), TimestampFormat.epochMillis(),
            TimestampFormat.epochMicros(), TimestampFormat.epochNanos(), TimestampFormat.isoDate(ZoneOffset.UTC)};
        String[] junk = {"", "-", "+", ".", ".5", "e3", "E-2", "0", " ", "x", "\u0663", "2013-11-25"};
        for (int i = 0; i < 30_000; i++) {
            String text = switch (random.nextInt(4)) {
                case 0 -> Long.toString(random.nextLong() >> random.nextInt(64));
                case 1 -> Long.toString(random.nextLong(1_000_000_000L, 2_000_000_000_000_000L));
                case 2 -> junk[random.nextInt(junk.length)] + random.nextInt(1_000_000) + junk[random.nextInt(junk.length)];
                default -> "9".repeat(random.nextInt(1, 22));
            };
            TimestampFormat format = formats[random.nextInt(formats.length)];
            char[] padded = ("12" + text + "34").toCharArray();
            assertEquals(outcome(() -> format.parse(text)), outcome(() -> format.parse(padded, 2, 2 + text.length())),
                    () -> format.kind() + " '" + text + "'");
        }
    }

    private static Object outcome(LongSupplier parse) {
        try {
            return parse.getAsLong();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
