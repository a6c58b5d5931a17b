package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.nonNegative;
import static dev.parallax.sim.api.Preconditions.notNull;

/**
 * How far an input file has been recorded: the byte offset just after the last line whose event
 * was recorded, and that line's number. Stored in the same transaction as the event, so a restart
 * can resume after the last recorded line.
 *
 * @param source   the input, such as the file's absolute path; not blank, at most 4,096 characters,
 *                 no control characters
 * @param identity what tells this file from another one at the same path (the file system's file
 *                 key, say); may be empty when unknown, at most 256 characters
 * @param offset   bytes from the start of the input to just after the line, {@code >= 0}
 * @param line     number of that line, counting from 1; {@code >= 0}
 */
public record InputPosition(String source, String identity, long offset, long line) {

    private static final int MAX_SOURCE_LENGTH = 4096;
    private static final int MAX_IDENTITY_LENGTH = 256;

    /** Validates every field; see the component descriptions for the rules. */
    public InputPosition {
        Identifiers.text("source", source, MAX_SOURCE_LENGTH);
        notNull("identity", identity);
        if (identity.length() > MAX_IDENTITY_LENGTH) {
            throw new IllegalArgumentException("identity must have at most " + MAX_IDENTITY_LENGTH
                    + " characters, was " + identity.length() + " characters long");
        }
        nonNegative("offset", offset);
        nonNegative("line", line);
    }
}
