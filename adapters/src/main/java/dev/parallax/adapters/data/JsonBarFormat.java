package dev.parallax.adapters.data;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.data.Bar;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The field names of JSON bars, and the way to open a JSON file as a stream of {@link Bar}s. The
 * file holds either one array of bar objects or bar objects one after another (JSON Lines); it is
 * read with Jackson's streaming parser, one object at a time. Other fields of an object are ignored.
 * Numbers may be JSON numbers or strings holding numbers; the time may be either, as
 * {@link #timestamps} says.
 *
 * @param symbol     the instrument every bar is for
 * @param time       name of the timestamp field
 * @param open       name of the open price field
 * @param high       name of the high price field
 * @param low        name of the low price field
 * @param close      name of the close price field
 * @param volume     name of the volume field
 * @param timestamps how the timestamps are written
 * @param timeOffset added to each timestamp to get the bar's end
 * @param policy     what to do with malformed bar objects
 */
public record JsonBarFormat(String symbol, String time, String open, String high, String low, String close,
                            String volume, TimestampFormat timestamps, Duration timeOffset, BadRowPolicy policy) {

    /** Validates that every field is given. */
    public JsonBarFormat {
        notBlank("symbol", symbol);
        notBlank("time", time);
        notBlank("open", open);
        notBlank("high", high);
        notBlank("low", low);
        notBlank("close", close);
        notBlank("volume", volume);
        notNull("timestamps", timestamps);
        notNull("timeOffset", timeOffset);
        notNull("policy", policy);
    }

    /** Fields {@code time, open, high, low, close, volume}, epoch milliseconds, no offset, strict. */
    public static JsonBarFormat of(String symbol) {
        return new JsonBarFormat(symbol, "time", "open", "high", "low", "close", "volume",
                TimestampFormat.epochMillis(), Duration.ZERO, BadRowPolicy.STRICT);
    }

    /** With other field names. */
    public JsonBarFormat withFields(String t, String o, String h, String l, String c, String v) {
        return new JsonBarFormat(symbol, t, o, h, l, c, v, timestamps, timeOffset, policy);
    }

    /** With another timestamp notation. */
    public JsonBarFormat withTimestamps(TimestampFormat f) {
        return new JsonBarFormat(symbol, time, open, high, low, close, volume, f, timeOffset, policy);
    }

    /** With another offset from the timestamp to the bar's end. */
    public JsonBarFormat withTimeOffset(Duration d) {
        return new JsonBarFormat(symbol, time, open, high, low, close, volume, timestamps, d, policy);
    }

    /** With another bad-row policy. */
    public JsonBarFormat withPolicy(BadRowPolicy p) {
        return new JsonBarFormat(symbol, time, open, high, low, close, volume, timestamps, timeOffset, p);
    }

    /** Opens {@code file} (plain or gzip). */
    public JsonBarSource open(Path file) {
        return new JsonBarSource(file.toString(), TextInput.text(file), this);
    }

    /** Reads {@code in} (plain or gzip), calling it {@code name} in messages. */
    public JsonBarSource open(String name, InputStream in) {
        return new JsonBarSource(name, TextInput.text(name, in), this);
    }
}
