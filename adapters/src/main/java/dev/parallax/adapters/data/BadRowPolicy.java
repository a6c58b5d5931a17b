package dev.parallax.adapters.data;

/** What a reader does with a malformed row. */
public enum BadRowPolicy {
    /** Stop with a {@link MalformedRowException} naming the file, the line and the row. The default. */
    STRICT,
    /** Skip the row, log it, and report it through the source's {@code skippedRows()}. */
    LENIENT
}
