package dev.parallax.cli.live;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveExit;
import dev.parallax.live.PriceMark;
import dev.parallax.live.TradeRecord;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One line of a live fills file turned into a live-tracker event. A line is a JSON object (JSON
 * Lines) or a CSV row under the header
 * {@code type,trade_id,exit_id,symbol,side,size,price,fee,time,slippage_bps,latency_ms}, with the
 * same field names either way:
 * <ul>
 *   <li>{@code type=entry}: trade_id, symbol, side (buy/sell), size, price, fee, time, and optional
 *       slippage_bps and latency_ms;</li>
 *   <li>{@code type=exit}: trade_id, size, price, fee, time, optional exit_id (the id parity matches
 *       with the backtest), slippage_bps, latency_ms;</li>
 *   <li>{@code type=mark}: symbol, price, time.</li>
 * </ul>
 * Each fill line becomes a {@link Fill}: an entry's order id is its trade_id; an exit's is its exit_id,
 * or, without one, its trade_id (the exit is then not compared with the backtest), and its symbol and
 * side are its trade's symbol and the closing side, looked up in the tracker. The format has no fill
 * type: every fill gets {@link LiveEntry#UNREPORTED_FILL_TYPE}; a missing slippage_bps or latency_ms
 * is 0.
 * Times are ISO-8601 instants ({@code 2024-01-03T10:00:00Z}). JSON nested deeper than
 * {@link #MAX_NESTING_DEPTH} or with a number longer than {@link #MAX_NUMBER_CHARS} is refused.
 */
public final class FillLine {

    /** The CSV header, in column order. */
    public static final String CSV_HEADER = "type,trade_id,exit_id,symbol,side,size,price,fee,time,slippage_bps,latency_ms";

    /** The deepest nesting of JSON arrays and objects accepted in a line (a fill line needs 1). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest JSON number accepted, in characters. */
    public static final int MAX_NUMBER_CHARS = 1_000;

    private static final String[] COLUMNS = CSV_HEADER.split(",");
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** The largest latency in milliseconds whose nanoseconds fit in a long. */
    private static final double MAX_LATENCY_MS = Long.MAX_VALUE / 1_000_000L;

    /** No trade is known: an exit line cannot be read. */
    private static final Function<String, Optional<TradeRecord>> NO_TRADES = id -> Optional.empty();

    private FillLine() {
    }

    /**
     * The event of a JSON line.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    public static LiveEvent json(String line) {
        return json(line, NO_TRADES);
    }

    /**
     * The event of a JSON line; an exit's trade is looked up in {@code trades} (for its symbol and side).
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong, or an exit whose
     *                                  trade {@code trades} does not know
     */
    public static LiveEvent json(String line, Function<String, Optional<TradeRecord>> trades) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (StreamConstraintsException e) {
            throw new IllegalArgumentException("JSON nested deeper than " + MAX_NESTING_DEPTH + " levels or a number "
                    + "longer than " + MAX_NUMBER_CHARS + " characters (the limits of a fill line): "
                    + String.valueOf(e.getOriginalMessage()).split("\n")[0]);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object: " + String.valueOf(e.getMessage()).split("\n")[0]);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        return event(fields, trades);
    }

    /**
     * The event of a CSV row under {@link #CSV_HEADER}.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    public static LiveEvent csv(String line) {
        return csv(line, NO_TRADES);
    }

    /**
     * The event of a CSV row under {@link #CSV_HEADER}; an exit's trade is looked up in {@code trades}.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong, or an exit whose
     *                                  trade {@code trades} does not know
     */
    public static LiveEvent csv(String line, Function<String, Optional<TradeRecord>> trades) {
        String[] cells = line.split(",", -1);
        if (cells.length != COLUMNS.length) {
            throw new IllegalArgumentException("expected " + COLUMNS.length + " columns (" + CSV_HEADER + "), found "
                    + cells.length);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            fields.put(COLUMNS[i], cells[i].trim());
        }
        return event(fields, trades);
    }

    /**
     * True if {@code line} is a CSV header line (it starts with {@code type,}); false for a data row.
     *
     * @throws IllegalArgumentException if it is a header whose columns are not {@link #CSV_HEADER} in
     *                                  that order, since rows under it would be read into the wrong fields
     */
    public static boolean isCsvHeader(String line) {
        String[] names = line.split(",", -1);
        if (!names[0].trim().equalsIgnoreCase("type")) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            names[i] = names[i].trim().toLowerCase(Locale.ROOT);
        }
        if (!String.join(",", names).equals(CSV_HEADER)) {
            throw new IllegalArgumentException("the CSV header must be '" + CSV_HEADER + "' (these columns in this "
                    + "order), was '" + line + "'");
        }
        return true;
    }

    private static LiveEvent event(Map<String, String> f, Function<String, Optional<TradeRecord>> trades) {
        String type = text(f, "type").toLowerCase(Locale.ROOT);
        return switch (type) {
            case "entry" -> new LiveEntry(fill(f, text(f, "trade_id"), text(f, "symbol"), side(text(f, "side"))));
            case "exit" -> exit(f, trades);
            case "mark" -> new PriceMark(text(f, "symbol"), number(f, "price"), time(f));
            default -> throw new IllegalArgumentException("type must be entry, exit or mark, was '" + type + "'");
        };
    }

    private static LiveExit exit(Map<String, String> f, Function<String, Optional<TradeRecord>> trades) {
        String tradeId = text(f, "trade_id");
        String exitId = f.getOrDefault("exit_id", "").trim();
        TradeRecord trade = trades.apply(tradeId).orElseThrow(() -> new IllegalArgumentException("tradeId '"
                + tradeId + "' of the exit has no entry; record the entry first"));
        Side closing = trade.side().opposite();
        return exitId.isEmpty() ? new LiveExit(tradeId, fill(f, tradeId, trade.symbol(), closing), false)
                : new LiveExit(tradeId, fill(f, exitId, trade.symbol(), closing));
    }

    /** The line's fill: size, price, fee, time, optional slippage_bps and latency_ms; no fill type reported. */
    private static Fill fill(Map<String, String> f, String orderId, String symbol, Side side) {
        double size = number(f, "size");
        double price = number(f, "price");
        double fee = number(f, "fee");
        Instant time = time(f);
        double slippage = optional(f, "slippage_bps");
        double latency = optional(f, "latency_ms");
        if (!(latency >= 0) || Double.isInfinite(latency)) {
            throw new IllegalArgumentException("latency_ms must be a finite number >= 0, was " + latency);
        }
        if (latency > MAX_LATENCY_MS) {
            throw new IllegalArgumentException("latency_ms must be at most " + MAX_LATENCY_MS
                    + " (what nanoseconds in a long hold), was " + latency);
        }
        return LiveEntry.liveFill(orderId, symbol, side, size, price, fee, time, slippage,
                Math.round(latency * 1_000_000));
    }

    private static String text(Map<String, String> f, String key) {
        String v = f.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("field '" + key + "' is missing");
        }
        return v.trim();
    }

    private static double number(Map<String, String> f, String key) {
        String v = text(f, key);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field '" + key + "' must be a number, was '" + v + "'");
        }
    }

    private static double optional(Map<String, String> f, String key) {
        String v = f.get(key);
        return v == null || v.isBlank() ? 0.0 : number(f, key);
    }

    private static Side side(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "buy", "b" -> Side.BUY;
            case "sell", "s" -> Side.SELL;
            default -> throw new IllegalArgumentException("field 'side' must be buy or sell, was '" + text + "'");
        };
    }

    private static Instant time(Map<String, String> f) {
        String v = text(f, "time");
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field 'time' must be an ISO instant like 2024-01-03T10:00:00Z, was '"
                    + v + "'");
        }
    }
}
