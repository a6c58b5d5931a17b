package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.Fill;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * A fingerprint of an event's content, the same in every process and on every machine: the first
 * 8 bytes of the SHA-256 of the event's kind and fields (doubles by their bits, times in
 * nanoseconds). Two events with the same input id are the same event when their digests are equal.
 *
 * <p>A fill's text is the one of the builds before fills, so a digest stored then still matches the
 * same input line: slippage enters as the fraction {@code slippageBps / 10,000} (as the live CSV's
 * {@code slippage_bps} was read), the fill type and {@code partial} only when they differ from an
 * unreported fill's, and an exit's symbol and side not at all (they are its trade's).
 */
public final class EventDigest {

    private EventDigest() {
    }

    /** The digest of {@code event}. */
    public static long of(LiveEvent event) {
        notNull("event", event);
        String text;
        if (event instanceof LiveEntry e) {
            text = "ENTRY|" + e.tradeId() + "|" + e.symbol() + "|" + e.side() + "|" + bits(e.size()) + "|"
                    + bits(e.price()) + "|" + bits(e.fee()) + "|" + nanos(e.time()) + "|" + quality(e.fill());
        } else if (event instanceof LiveExit x) {
            text = "EXIT|" + x.tradeId() + "|" + x.exitId() + "|" + bits(x.size()) + "|" + bits(x.price()) + "|"
                    + bits(x.fee()) + "|" + nanos(x.time()) + "|" + quality(x.fill());
        } else if (event instanceof LiveExecution x) {
            text = "EXECUTION|" + x.orderId() + "|" + x.sequence() + "|" + x.symbol() + "|" + x.side() + "|"
                    + bits(x.size()) + "|" + bits(x.price()) + "|" + bits(x.fee()) + "|" + nanos(x.time()) + "|"
                    + quality(x.fill());
        } else if (event instanceof PriceMark m) {
            text = "MARK|" + m.symbol() + "|" + bits(m.price()) + "|" + nanos(m.time());
        } else {
            RiskEvent r = (RiskEvent) event;
            text = "RISK|" + r.kind() + "|" + nanos(r.time()) + "|" + r.operator() + "|" + r.reason();
        }
        byte[] hash = sha256(text.getBytes(StandardCharsets.UTF_8));
        long digest = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            digest = (digest << 8) | (hash[i] & 0xFF);
        }
        return digest;
    }

    private static String quality(Fill fill) {
        String text = bits(fill.slippageBps() / 10_000.0) + "|" + fill.latencyNanos();
        if (fill.fillType() != LiveEntry.UNREPORTED_FILL_TYPE) {
            text += "|" + fill.fillType();
        }
        return fill.partial() ? text + "|partial" : text;
    }

    private static String bits(double value) {
        return Long.toHexString(Double.doubleToLongBits(value));
    }

    private static String nanos(Instant time) {
        return time.getEpochSecond() + "." + time.getNano();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM, which every JVM must provide", e);
        }
    }
}
