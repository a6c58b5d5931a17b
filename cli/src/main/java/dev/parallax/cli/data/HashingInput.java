package dev.parallax.cli.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stream that computes the SHA-256 of the bytes that pass through it and counts them. Closing it
 * first reads what is left (unless told not to), so the digest is that of the whole input as stored
 * (compressed bytes for a gzip file), even when the reader stopped early at the end of a time window.
 */
public final class HashingInput extends FilterInputStream {

    private final MessageDigest digest;
    private final boolean drainOnClose;
    private long bytes;
    private String hex;

    /** Hashes {@code in}; {@code drainOnClose} false leaves the digest unknown when the reader stops early. */
    public HashingInput(InputStream in, boolean drainOnClose) {
        super(in);
        this.digest = sha256();
        this.drainOnClose = drainOnClose;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            digest.update((byte) b);
            bytes++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            digest.update(buffer, offset, n);
            bytes += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes must still be hashed
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        long done = 0;
        while (done < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - done));
            if (r < 0) {
                break;
            }
            done += r;
        }
        return done;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() throws IOException {
        if (hex == null) {
            try {
                byte[] buffer = new byte[1 << 16];
                while (drainOnClose && read(buffer, 0, buffer.length) >= 0) {
                    // drain, so the digest covers the whole input
                }
                hex = HexFormat.of().formatHex(digest.digest());
            } finally {
                super.close();
            }
        }
    }

    /** The SHA-256 of the whole input in lowercase hex, once the stream is closed. */
    public String sha256Hex() {
        if (hex == null) {
            throw new IllegalStateException("the digest is known once the input is closed");
        }
        return hex;
    }

    /** The bytes read, the whole input once the stream is closed. */
    public long bytes() {
        return bytes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
