package dev.parallax.research.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A stream that computes the SHA-256 of the bytes read through it, as they are parsed. Closing it
 * first reads whatever the reader left, so the digest is that of the whole file in one pass.
 */
final class WholeFileDigest extends DigestInputStream {

    private String hex;

    /** Hashes the bytes of {@code in}. */
    WholeFileDigest(InputStream in) {
        super(in, newSha256());
    }

    @Override
    public void close() throws IOException {
        if (hex == null) {
            try {
                transferTo(OutputStream.nullOutputStream());
                hex = HexFormat.of().formatHex(getMessageDigest().digest());
            } finally {
                super.close();
            }
        }
    }

    /** The SHA-256 of the whole file in lowercase hex, once the stream was closed after reading it all. */
    Optional<String> sha256() {
        return Optional.ofNullable(hex);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
