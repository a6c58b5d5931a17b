package dev.parallax.research.spark;

import dev.parallax.cli.CliException;
import dev.parallax.cli.data.RemoteFile;
import dev.parallax.cli.data.RemoteFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.UnsupportedFileSystemException;

/**
 * A data file named by a URI that Hadoop reads ({@code file:/data/btc.csv}, {@code hdfs://nn:8020/btc.csv},
 * {@code s3a://bucket/btc.csv}, any scheme Hadoop has a file system for): how {@code parallax-spark}
 * reads {@code --data URI} and the config's {@code data.file}, on the driver (bar length, walk-forward
 * windows, the SHA-256) and on every executor, through {@link HadoopBarSource#open} with the job's
 * {@code spark.hadoop.*} settings.
 *
 * @param uri the URI as the user wrote it (percent-encoded where the URI needs it: {@code %20} for a space)
 */
public record HadoopFile(String uri) implements RemoteFile {

    private static final long serialVersionUID = 1L;

    /** Reads every URI with Hadoop. */
    public static final RemoteFiles READER = HadoopFile::new;

    /** Checks that the URI is given and parses as a Hadoop path. */
    public HadoopFile {
        if (uri == null || uri.isBlank()) {
            throw new CliException("data URI must not be blank, was '" + uri + "'");
        }
        path(uri);
    }

    /**
     * Opens the file through Hadoop.
     *
     * @throws CliException naming the URI when no file is there or Hadoop has no file system for its scheme
     * @throws UncheckedIOException naming the URI when it cannot be read
     */
    @Override
    public InputStream open() {
        try {
            return HadoopBarSource.open(path(uri), uri);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        } catch (UnsupportedFileSystemException e) {
            throw new CliException("cannot read data " + uri + ": Hadoop has no file system for its scheme ("
                    + e.getMessage() + "); for s3a:// add hadoop-aws to the classpath", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read data " + uri + ": " + e.getMessage(), e);
        }
    }

    /** The Hadoop path of {@code uri}, its percent-escapes decoded ({@code %20} is a space). */
    private static Path path(String uri) {
        try {
            return new Path(new URI(uri));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new CliException("data " + uri + " is not a URI Hadoop reads (write a space as %20): "
                    + e.getMessage(), e);
        }
    }
}
