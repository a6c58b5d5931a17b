package dev.parallax.cli.data;

import dev.parallax.cli.UsageException;

/**
 * Turns a data location written as a URI ({@link #isUri}) into a {@link RemoteFile}. A plain path is
 * never given to it: plain paths are read from the local file system.
 */
@FunctionalInterface
public interface RemoteFiles {

    /** {@code parallax}'s own choice: it reads local files only, so every URI is a usage error (exit 2). */
    RemoteFiles NONE = uri -> {
        throw new UsageException("data " + uri + " is a URI, and parallax reads data from local files only: give a "
                + "local path, or run sweep or walk-forward with parallax-spark, which reads URIs through Hadoop "
                + "(file:, hdfs://, s3a://)");
    };

    /**
     * The file at {@code uri}.
     *
     * @throws dev.parallax.cli.CliException naming the URI when it cannot be used here
     */
    RemoteFile of(String uri);

    /**
     * Whether {@code location} is a URI rather than a path: it starts with a scheme of two or more
     * characters (a letter, then letters, digits, {@code +}, {@code -} or {@code .}) and a colon, as
     * {@code file:/data/a.csv} or {@code hdfs://nn/a.csv}. One letter and a colon is a Windows drive
     * ({@code C:\data}), so a path.
     */
    static boolean isUri(String location) {
        return location.matches("(?s)[A-Za-z][A-Za-z0-9+.-]+:.*");
    }
}
