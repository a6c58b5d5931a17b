package dev.parallax.live.store;

import dev.parallax.live.LiveStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Checks, before SQLite touches it, that an existing file is an SQLite database. */
final class SqliteFile {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteFile() {
    }

    /**
     * Does nothing for a missing or empty file (SQLite creates the database); otherwise reads the
     * first 16 bytes and refuses a file that does not start with the SQLite header.
     */
    static void checkHeader(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            if (!Files.isRegularFile(file)) {
                throw new LiveStoreException(file.toAbsolutePath() + " is not a regular file; the live tracker "
                        + "needs an SQLite database file there");
            }
            byte[] start;
            try (InputStream in = Files.newInputStream(file)) {
                start = in.readNBytes(HEADER.length);
            }
            if (!Arrays.equals(start, HEADER)) {
                throw new LiveStoreException(file.toAbsolutePath() + " is not an SQLite database (its header is "
                        + "wrong), so it is corrupt or another kind of file; the live tracker refuses to start and "
                        + "leaves it untouched: restore it from a backup or move it away");
            }
        } catch (IOException e) {
            throw new LiveStoreException("could not read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
