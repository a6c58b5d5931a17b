package dev.parallax.sim.core;

import dev.parallax.sim.api.Fill;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A fingerprint of a fill stream over every field, doubles by their bits, so that any change shows. */
final class FillDigest {

    private FillDigest() {
    }

    /** The SHA-256 of the fills in order, in hex. */
    static String of(List<Fill> fills) {
        MessageDigest sha = sha256();
        StringBuilder line = new StringBuilder();
        for (Fill f : fills) {
            line.setLength(0);
            line.append(f.orderId()).append('|').append(f.symbol()).append('|').append(f.side()).append('|')
                    .append(Double.doubleToRawLongBits(f.price())).append('|')
                    .append(Double.doubleToRawLongBits(f.size())).append('|')
                    .append(Double.doubleToRawLongBits(f.fee())).append('|')
                    .append(f.fillType()).append('|').append(f.latencyNanos()).append('|')
                    .append(Double.doubleToRawLongBits(f.slippageBps())).append('|')
                    .append(f.timeNanos()).append('|').append(f.partial()).append('\n');
            sha.update(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
