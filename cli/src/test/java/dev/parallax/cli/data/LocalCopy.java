package dev.parallax.cli.data;

import dev.parallax.cli.CliException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A test's remote file: a URI of the made-up scheme {@code test:} whose bytes are those of a local file,
 * standing in for the Hadoop reader of {@code parallax-spark} at the boundary.
 *
 * @param uri  the URI written
 * @param file the local file read
 */
public record LocalCopy(String uri, String file) implements RemoteFile {

    @Override
    public InputStream open() {
        try {
            return Files.newInputStream(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new CliException("data file not found: " + uri, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
