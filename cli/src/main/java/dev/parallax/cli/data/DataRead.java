package dev.parallax.cli.data;

import dev.parallax.sim.api.Preconditions;

/**
 * What a run read of its market data: enough to tell whether a later run reads the same bytes.
 *
 * @param sha256      SHA-256 of the file's bytes as stored (compressed, for a gzip file), lowercase hex
 * @param bytes       size of the file in bytes
 * @param rowsRead    rows turned into events up to the end of the run's window
 * @param rowsSkipped malformed rows skipped (lenient mode)
 */
public record DataRead(String sha256, long bytes, long rowsRead, long rowsSkipped) {

    /** Validates every field. */
    public DataRead {
        Preconditions.notBlank("sha256", sha256);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits, was '" + sha256 + "'");
        }
        Preconditions.nonNegative("bytes", bytes);
        Preconditions.nonNegative("rowsRead", rowsRead);
        Preconditions.nonNegative("rowsSkipped", rowsSkipped);
    }
}
