package dev.parallax.adapters.data;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.EpochNanos;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * How a timestamp is written, and the time zone of those written without an offset. Parses to epoch
 * nanoseconds.
 *
 * @param kind    the notation
 * @param pattern a {@link DateTimeFormatter} pattern for {@link Kind#PATTERN}, empty otherwise
 * @param zone    the zone of dates and of date-times without an offset
 */
public record TimestampFormat(Kind kind, String pattern, ZoneId zone) {

    /** The notations understood. */
    public enum Kind {
        /** {@code 2013-01-02}: the start of that day in the zone. */
        ISO_DATE,
        /**
         * {@code 2013-01-02T14:30:00}, with optional fraction and offset ({@code Z}, {@code +01:00});
         * a space may stand for the {@code T}; a bare date ({@code 2013-01-02}) is the start of that
         * day in the zone, so a file of daily bars labelled by date reads as it is.
         */
        ISO_DATE_TIME,
        /** Seconds since 1970-01-01T00:00Z, optionally with a decimal fraction. */
        EPOCH_SECONDS,
        /** Milliseconds since the epoch, optionally with a decimal fraction. */
        EPOCH_MILLIS,
        /** Microseconds since the epoch, optionally with a decimal fraction. */
        EPOCH_MICROS,
        /** Nanoseconds since the epoch, whole. */
        EPOCH_NANOS,
        /** A {@link DateTimeFormatter} pattern. */
        PATTERN
    }

    /** Validates the fields; a pattern is required for, and only for, {@link Kind#PATTERN}. */
    public TimestampFormat {
        notNull("kind", kind);
        notNull("pattern", pattern);
        notNull("zone", zone);
        if ((kind == Kind.PATTERN) == pattern.isBlank()) {
            throw new IllegalArgumentException("pattern must be given for PATTERN timestamps and only for them; kind "
                    + kind + ", pattern '" + pattern + "'");
        }
        if (kind == Kind.PATTERN) {
            DateTimeFormatter.ofPattern(pattern);
        }
    }

    /** ISO dates, the start of the day in {@code zone}. */
    public static TimestampFormat isoDate(ZoneId zone) {
        return new TimestampFormat(Kind.ISO_DATE, "", zone);
    }

    /** ISO date-times; those without an offset are in {@code zone}. */
    public static TimestampFormat isoDateTime(ZoneId zone) {
        return new TimestampFormat(Kind.ISO_DATE_TIME, "", zone);
    }

    /** ISO date-times; those without an offset are in UTC. */
    public static TimestampFormat isoDateTime() {
        return isoDateTime(ZoneOffset.UTC);
    }

    /** Epoch seconds. */
    public static TimestampFormat epochSeconds() {
        return new TimestampFormat(Kind.EPOCH_SECONDS, "", ZoneOffset.UTC);
    }

    /** Epoch milliseconds. */
    public static TimestampFormat epochMillis() {
        return new TimestampFormat(Kind.EPOCH_MILLIS, "", ZoneOffset.UTC);
    }

    /** Epoch microseconds. */
    public static TimestampFormat epochMicros() {
        return new TimestampFormat(Kind.EPOCH_MICROS, "", ZoneOffset.UTC);
    }

    /** Epoch nanoseconds. */
    public static TimestampFormat epochNanos() {
        return new TimestampFormat(Kind.EPOCH_NANOS, "", ZoneOffset.UTC);
    }

    /** A {@link DateTimeFormatter} pattern such as {@code dd.MM.yyyy HH:mm}; times without an offset are in {@code zone}. */
    public static TimestampFormat pattern(String pattern, ZoneId zone) {
        return new TimestampFormat(Kind.PATTERN, pattern, zone);
    }

    /**
     * {@code text} as epoch nanoseconds.
     *
     * @throws IllegalArgumentException saying what was expected when {@code text} does not parse
     */
    public long parse(String text) {
        try {
            return switch (kind) {
                case EPOCH_SECONDS -> epoch(text, 9);
                case EPOCH_MILLIS -> epoch(text, 6);
                case EPOCH_MICROS -> epoch(text, 3);
                case EPOCH_NANOS -> Long.parseLong(text);
                case ISO_DATE -> EpochNanos.of(LocalDate.parse(text).atStartOfDay(zone).toInstant());
                case ISO_DATE_TIME -> text.length() == 10
                        ? EpochNanos.of(LocalDate.parse(text).atStartOfDay(zone).toInstant())
                        : dateTime(DateTimeFormatter.ISO_DATE_TIME, isoText(text));
                case PATTERN -> dateTime(DateTimeFormatter.ofPattern(pattern), text);
            };
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("timestamp '" + text + "' is not " + expected());
        }
    }

    /**
     * {@code chars[from, to)} as epoch nanoseconds, the same as {@link #parse(String)} of that text.
     * Whole epoch numbers are read without making a {@code String}.
     *
     * @throws IllegalArgumentException saying what was expected when the text does not parse
     */
    long parse(char[] chars, int from, int to) {
        int scale = epochScale();
        if (scale >= 0 && isWhole(chars, from, to)) {
            try {
                return Math.multiplyExact(NumberParser.parseLong(chars, from, to), pow10(scale));
            } catch (ArithmeticException | NumberFormatException e) {
                // parse(String) below fails too, with the message for this text
            }
        }
        return parse(new String(chars, from, to - from));
    }

    /** The power of ten from this epoch unit to nanoseconds, or -1 for the notations that are not epoch numbers. */
    private int epochScale() {
        return switch (kind) {
            case EPOCH_SECONDS -> 9;
            case EPOCH_MILLIS -> 6;
            case EPOCH_MICROS -> 3;
            case EPOCH_NANOS -> 0;
            default -> -1;
        };
    }

    /** True if the text has no decimal point and no exponent, the text that {@link #epoch} reads as a long. */
    private static boolean isWhole(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }

    private String expected() {
        return switch (kind) {
            case ISO_DATE -> "an ISO date such as 2013-01-02";
            case ISO_DATE_TIME -> "an ISO date-time such as 2013-01-02T14:30:00Z or a date such as 2013-01-02";
            case EPOCH_SECONDS -> "epoch seconds such as 1385337600";
            case EPOCH_MILLIS -> "epoch milliseconds such as 1385337600000";
            case EPOCH_MICROS -> "epoch microseconds";
            case EPOCH_NANOS -> "whole epoch nanoseconds";
            case PATTERN -> "in the pattern '" + pattern + "'";
        };
    }

    private static String isoText(String text) {
        return text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
    }

    private long dateTime(DateTimeFormatter formatter, String text) {
        TemporalAccessor parsed = formatter.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
        ZonedDateTime time = parsed instanceof ZonedDateTime z ? z : ((LocalDateTime) parsed).atZone(zone);
        return EpochNanos.of(time.toInstant());
    }

    private static long epoch(String text, int scale) {
        if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
            return Math.multiplyExact(Long.parseLong(text), pow10(scale));
        }
        // scaleByPowerOfTen only moves the scale; movePointRight would expand a negative scale at once
        BigDecimal value = new BigDecimal(text).scaleByPowerOfTen(scale);
        if (value.scale() > 19) {
            value = value.stripTrailingZeros(); // costs the digits written, never the exponent
        }
        // a long holds at most 19 digits before the point; refuse anything larger before any arithmetic,
        // so an exponent such as 1e9990120 costs nothing instead of building a ten-million-digit number
        if (value.precision() - value.scale() > 19 || value.scale() > 19) {
            throw new ArithmeticException("out of range");
        }
        return value.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    private static long pow10(int scale) {
        long p = 1;
        for (int i = 0; i < scale; i++) {
            p *= 10;
        }
        return p;
    }
}
