package dev.parallax.live.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for {@link OneWriterManyReadersTest}: opens the live database given as its
 * argument for writing, prints {@code READY}, and keeps it open until its standard input closes.
 */
public final class WriterHolder {

    private WriterHolder() {
    }

    /** Holds {@code args[0]} open for writing until standard input ends. */
    public static void main(String[] args) throws IOException {
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(Path.of(args[0]))) {
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
