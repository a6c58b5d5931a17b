package dev.parallax.adapters.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketEvent;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Bars read lazily from JSON with Jackson's streaming parser, one object per {@link #next()}. Made
 * by {@link JsonBarFormat#open}. A bar object with a missing or bad field is a bad row (reported with
 * the line it starts on and the fields read); broken JSON syntax always stops the read, since the
 * parser cannot find the next object after it. A string longer than {@link #MAX_TOKEN_CHARS}, a number
 * longer than 1,000 digits, or nesting deeper than {@link #MAX_NESTING_DEPTH} stops the read the same
 * way, the message naming the limit. The file as a whole has no size limit: it is streamed. Not
 * thread-safe.
 */
public final class JsonBarSource extends LookaheadSource {

    /** The longest string or number token accepted, in characters (1 MiB). */
    public static final int MAX_TOKEN_CHARS = 1 << 20;
    /** The deepest nesting of arrays and objects accepted. */
    public static final int MAX_NESTING_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_TOKEN_CHARS)
                    .maxNumberLength(1_000)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .build())
            .build();

    private final String source;
    private final JsonBarFormat format;
    private final JsonParser parser;
    private final BadRows badRows;
    private final long offset;
    private boolean inArray;
    private boolean started;
    private boolean closed;

    JsonBarSource(String source, Reader reader, JsonBarFormat format) {
        this.source = source;
        this.format = format;
        this.badRows = new BadRows(source, format.policy(), true);
        this.offset = RowFields.offsetNanos(format.timeOffset());
        try {
            this.parser = FACTORY.createParser(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open " + source, e);
        }
    }

    @Override
    MarketEvent advance() {
        return closed ? null : readBar();
    }

    @Override
    String exhausted() {
        return "no more bars in " + source;
    }

    /** The bar objects skipped so far in lenient mode; empty in strict mode. */
    public SkippedRows skippedRows() {
        return badRows.snapshot();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        badRows.finish();
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close " + source, e);
        }
    }

    private MarketEvent readBar() {
        try {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (!started && token == JsonToken.START_ARRAY) {
                    started = true;
                    inArray = true;
                    continue;
                }
                started = true;
                if (inArray && token == JsonToken.END_ARRAY) {
                    continue;
                }
                long line = parser.currentLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    reject(line, parser.getText(), "expected a bar object, found " + token, null);
                    continue;
                }
                BarObject bar = read();
                try {
                    Bar b = bar.toBar();
                    badRows.checkOrder(b.timeNanos());
                    badRows.accepted(b.timeNanos());
                    return b;
                } catch (IllegalArgumentException e) {
                    reject(line, bar.toString(), e.getMessage(), e);
                }
            }
            close();
            return null;
        } catch (JsonProcessingException e) {
            close();
            // a limit (StreamConstraintsException) carries no location of its own; the parser's is where it stopped
            long line = (e.getLocation() != null ? e.getLocation() : parser.currentLocation()).getLineNr();
            throw new IllegalArgumentException(source + " line " + line + ": broken JSON: "
                    + e.getOriginalMessage() + ". Fix the file; the rest of it cannot be read", e);
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("could not read " + source, e);
        }
    }

    private void reject(long line, String row, String reason, Throwable cause) {
        try {
            badRows.reject(Math.max(1, line), row, reason, cause);
        } catch (MalformedRowException strict) {
            close();
            throw strict;
        }
    }

    private BarObject read() throws IOException {
        BarObject bar = new BarObject();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                parser.skipChildren();
                continue;
            }
            String text = value == JsonToken.VALUE_NULL ? null : parser.getText();
            if (field.equals(format.time())) {
                bar.time = text;
            } else if (field.equals(format.open())) {
                bar.open = text;
            } else if (field.equals(format.high())) {
                bar.high = text;
            } else if (field.equals(format.low())) {
                bar.low = text;
            } else if (field.equals(format.close())) {
                bar.close = text;
            } else if (field.equals(format.volume())) {
                bar.volume = text;
            }
        }
        return bar;
    }

    /** The raw values of one bar object, checked when the object is complete. */
    private final class BarObject {
        private String time;
        private String open;
        private String high;
        private String low;
        private String close;
        private String volume;

        Bar toBar() {
            long t = format.timestamps().parse(required(format.time(), time));
            return new Bar(format.symbol(), RowFields.plusOffset(t, offset), number(format.open(), open),
                    number(format.high(), high), number(format.low(), low), number(format.close(), close),
                    number(format.volume(), volume));
        }

        private String required(String field, String value) {
            if (value == null) {
                throw new IllegalArgumentException("field '" + field + "' is missing or null");
            }
            return value;
        }

        private double number(String field, String value) {
            String raw = required(field, value);
            try {
                double d = Double.parseDouble(raw);
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("field '" + field + "' must be a finite number, was '" + raw + "'");
        }

        @Override
        public String toString() {
            return "{" + format.time() + "=" + time + ", " + format.open() + "=" + open + ", " + format.high() + "="
                    + high + ", " + format.low() + "=" + low + ", " + format.close() + "=" + close + ", "
                    + format.volume() + "=" + volume + "}";
        }
    }
}
