package dev.parallax.cli.data;

import java.io.InputStream;
import java.io.Serializable;

/**
 * A data file that is not read from this machine's file system but through a URI, such as
 * {@code hdfs://namenode:8020/data/btc.csv}, {@code s3a://bucket/btc.csv} or {@code file:/data/btc.csv}.
 * The application that accepts URIs supplies the reader ({@code parallax-spark} reads them through
 * Hadoop); {@code parallax} itself refuses them ({@link RemoteFiles#NONE}). Implementations are
 * serializable values, so a sweep can ship one to the machines that run its points, where it is
 * opened again.
 */
public interface RemoteFile extends Serializable {

    /** The URI as the user wrote it. */
    String uri();

    /**
     * Opens the file's bytes as stored, from the start; the caller closes the stream.
     *
     * @throws dev.parallax.cli.CliException naming the URI when no file is there or no reader knows its scheme
     * @throws java.io.UncheckedIOException naming the URI when it cannot be read
     */
    InputStream open();
}
