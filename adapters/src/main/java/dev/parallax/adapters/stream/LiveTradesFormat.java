package dev.parallax.adapters.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.TradeTick;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The messages of Bitstamp's public WebSocket API v2 that the trade stream and the replay server
 * exchange. Every message is one JSON object {@code {"event": ..., "channel": ..., "data": {...}}}:
 *
 * <pre>
 * client  {"event":"bts:subscribe","data":{"channel":"live_trades_btcusd"}}
 * server  {"event":"bts:subscription_succeeded","channel":"live_trades_btcusd","data":{}}
 * server  {"event":"trade","channel":"live_trades_btcusd","data":{"id":1,"timestamp":"1385337600",
 *          "microtimestamp":"1385337600000000","amount":0.1,"amount_str":"0.1","price":800.01,
 *          "price_str":"800.01","type":0}}
 * client  {"event":"bts:heartbeat"}   server  {"event":"bts:heartbeat","channel":"","data":{"status":"success"}}
 * server  {"event":"bts:request_reconnect","channel":"","data":""}
 * server  {"event":"bts:error","channel":"","data":{"code":null,"message":"..."}}
 * </pre>
 *
 * <p>Of a trade, the stream relies on: {@code id} (a non-negative integer, number or digit string),
 * {@code microtimestamp} (epoch microseconds, a digit string), {@code price} and {@code amount}
 * (finite numbers {@code > 0}, as JSON numbers or numeric strings) and {@code type} ({@code 0}: the
 * buyer took liquidity, {@code 1}: the seller did; absent: unknown). Other fields are ignored. The
 * replay server writes {@code type} only when the file says who took liquidity, and leaves out
 * Bitstamp's order ids, which a trades file does not have.
 *
 * <p>Limits: a message longer than {@link #MAX_MESSAGE_CHARS} characters, a number longer than 1,000
 * digits or nesting deeper than {@link #MAX_NESTING_DEPTH} is refused.
 */
public final class LiveTradesFormat {

    /** The longest message accepted, in characters (64 KiB; a trade message is about 250). */
    public static final int MAX_MESSAGE_CHARS = 1 << 16;
    /** The deepest nesting of objects and arrays accepted in a message. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest excerpt of a message quoted in an error. */
    static final int EXCERPT_CHARS = 160;

    /** Event of a trade. */
    public static final String TRADE = "trade";
    /** Event asking for a channel. */
    public static final String SUBSCRIBE = "bts:subscribe";
    /** Event ending a subscription. */
    public static final String UNSUBSCRIBE = "bts:unsubscribe";
    /** Event confirming a subscription. */
    public static final String SUBSCRIPTION_SUCCEEDED = "bts:subscription_succeeded";
    /** Event confirming the end of a subscription. */
    public static final String UNSUBSCRIPTION_SUCCEEDED = "bts:unsubscription_succeeded";
    /** Event of a heartbeat, sent by the client and answered by the server. */
    public static final String HEARTBEAT = "bts:heartbeat";
    /** Event by which the server asks the client to connect again (before maintenance). */
    public static final String REQUEST_RECONNECT = "bts:request_reconnect";
    /** Event of a refused request. */
    public static final String ERROR = "bts:error";

    private static final Pattern PAIR = Pattern.compile("[a-z0-9]{1,32}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(1_000)
                    .maxStringLength(MAX_MESSAGE_CHARS)
                    .build())
            .build());

    private LiveTradesFormat() {
    }

    /**
     * The live trades channel of a currency pair, {@code live_trades_<pair>}.
     *
     * @param pair Bitstamp's pair name, lower-case letters and digits ({@code btcusd})
     * @throws IllegalArgumentException if the pair is not 1 to 32 lower-case letters and digits
     */
    public static String channel(String pair) {
        if (pair == null || !PAIR.matcher(pair).matches()) {
            throw new IllegalArgumentException("pair must be 1 to 32 lower-case letters and digits (like btcusd), was "
                    + (pair == null ? "null" : "'" + excerpt(pair) + "'"));
        }
        return "live_trades_" + pair;
    }

    /** The subscription request for {@code channel}. */
    public static String subscribe(String channel) {
        return write(SUBSCRIBE, null, JSON.createObjectNode().put("channel", channel));
    }

    /** The answer to a subscription of {@code channel}. */
    public static String subscriptionSucceeded(String channel) {
        return write(SUBSCRIPTION_SUCCEEDED, channel, JSON.createObjectNode());
    }

    /** The answer to an unsubscription of {@code channel}. */
    public static String unsubscriptionSucceeded(String channel) {
        return write(UNSUBSCRIPTION_SUCCEEDED, channel, JSON.createObjectNode());
    }

    /** The server's answer to a heartbeat. */
    public static String heartbeatAnswer() {
        return write(HEARTBEAT, "", JSON.createObjectNode().put("status", "success"));
    }

    /** A refusal saying {@code reason}. */
    public static String error(String reason) {
        return write(ERROR, "", JSON.createObjectNode().putNull("code").put("message", reason));
    }

    /**
     * A trade message. The time is written in whole microseconds ({@code microtimestamp}, rounded
     * towards negative infinity) and whole seconds ({@code timestamp}); price and amount as JSON
     * numbers that read back as the same doubles, and as plain decimal strings.
     */
    public static String trade(String channel, long id, TradeTick trade) {
        long micros = Math.floorDiv(trade.timeNanos(), 1_000L);
        ObjectNode data = JSON.createObjectNode()
                .put("id", id)
                .put("timestamp", Long.toString(Math.floorDiv(micros, 1_000_000L)))
                .put("microtimestamp", Long.toString(micros))
                .put("amount", trade.size())
                .put("amount_str", plain(trade.size()))
                .put("price", trade.price())
                .put("price_str", plain(trade.price()));
        if (trade.aggressor() != Aggressor.UNKNOWN) {
            data.put("type", trade.aggressor() == Aggressor.BUYER ? 0 : 1);
        }
        return write(TRADE, channel, data);
    }

    /**
     * Reads one message.
     *
     * @throws IllegalArgumentException if it is longer than {@link #MAX_MESSAGE_CHARS}, is not one
     *                                  JSON object, breaks a limit, or has no text {@code event}
     */
    public static StreamMessage parse(String text) {
        if (text.length() > MAX_MESSAGE_CHARS) {
            throw new IllegalArgumentException("message of " + text.length() + " characters is longer than the limit of "
                    + MAX_MESSAGE_CHARS);
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("broken JSON: " + oneLine(e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, found " + (root == null ? "nothing" : root.getNodeType()));
        }
        JsonNode event = root.get("event");
        if (event == null || !event.isTextual()) {
            throw new IllegalArgumentException("message has no text field 'event'");
        }
        JsonNode channel = root.get("channel");
        return new StreamMessage(event.asText(), channel != null && channel.isTextual() ? channel.asText() : "",
                root.path("data"));
    }

    /**
     * The trade a {@code trade} message carries, for {@code symbol}.
     *
     * @throws IllegalArgumentException naming the trade id (or saying it has none) if a field the
     *                                  stream relies on is missing or out of its range
     */
    public static StreamTrade readTrade(StreamMessage message, String symbol) {
        JsonNode data = message.data();
        long id = id(data.get("id"));
        try {
            long micros = digits("microtimestamp", data.get("microtimestamp"));
            if (micros > Long.MAX_VALUE / 1_000L) {
                throw new IllegalArgumentException("microtimestamp must be at most " + Long.MAX_VALUE / 1_000L
                        + " (year 2262), was " + micros);
            }
            double price = positiveNumber("price", data.get("price"));
            double amount = positiveNumber("amount", data.get("amount"));
            return new StreamTrade(id, new TradeTick(symbol, micros * 1_000L, price, amount, aggressor(data.get("type"))));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("trade " + id + ": " + e.getMessage(), e);
        }
    }

    /** At most {@link #EXCERPT_CHARS} characters of {@code text} on one line, for error messages. */
    static String excerpt(String text) {
        String cut = text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) + "..." : text;
        return oneLine(cut);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ");
    }

    private static long id(JsonNode node) {
        if (node != null && node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 0) {
            return node.asLong();
        }
        if (node != null && node.isTextual() && DIGITS.matcher(node.asText()).matches()) {
            try {
                return Long.parseLong(node.asText());
            } catch (NumberFormatException e) {
                // beyond a long: reported below
            }
        }
        throw new IllegalArgumentException("trade without an id: 'id' must be a non-negative integer, was "
                + (node == null ? "missing" : "'" + excerpt(node.toString()) + "'"));
    }

    private static long digits(String field, JsonNode node) {
        if (node != null && (node.isTextual() || node.isIntegralNumber())) {
            String raw = node.asText();
            if (DIGITS.matcher(raw).matches()) {
                try {
                    return Long.parseLong(raw);
                } catch (NumberFormatException e) {
                    // beyond a long: reported below
                }
            }
        }
        throw new IllegalArgumentException(field + " must be epoch microseconds as digits, was "
                + (node == null ? "missing" : "'" + excerpt(node.toString()) + "'"));
    }

    private static double positiveNumber(String field, JsonNode node) {
        double value = Double.NaN;
        if (node != null && node.isNumber()) {
            value = node.asDouble();
        } else if (node != null && node.isTextual()) {
            try {
                value = Double.parseDouble(node.asText());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (Double.isFinite(value) && value > 0) {
            return value;
        }
        throw new IllegalArgumentException(field + " must be a finite number > 0, was "
                + (node == null ? "missing" : "'" + excerpt(node.toString()) + "'"));
    }

    private static Aggressor aggressor(JsonNode type) {
        if (type == null || type.isNull()) {
            return Aggressor.UNKNOWN;
        }
        if (type.isIntegralNumber() && type.canConvertToLong() && type.asLong() == 0) {
            return Aggressor.BUYER;
        }
        if (type.isIntegralNumber() && type.canConvertToLong() && type.asLong() == 1) {
            return Aggressor.SELLER;
        }
        throw new IllegalArgumentException("type must be 0 (buy) or 1 (sell), was '" + excerpt(type.toString()) + "'");
    }

    /** {@code value}'s shortest decimal form, without exponent or trailing zeros. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String write(String event, String channel, JsonNode data) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("event", event);
            if (channel != null) {
                g.writeStringField("channel", channel);
            }
            g.writeFieldName("data");
            JSON.writeTree(g, data);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a " + event + " message", e);
        }
        return out.toString();
    }
}
