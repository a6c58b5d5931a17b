package dev.parallax.cli.command;

import dev.parallax.cli.UsageException;
import dev.parallax.cli.live.LiveLocation;
import dev.parallax.live.store.PostgresDatabase;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --db} and {@code --db-password-file}: the PostgreSQL database of the live tracker, if any. */
public final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "URL",
            description = "PostgreSQL database of the live events (jdbc:postgresql://host:port/database) instead "
                    + "of the SQLite file in the data folder; each strategy is kept in its schema live_<strategy>. "
                    + "User from LIVE_TRACKER_DB_USER or PGUSER, password from --db-password-file, "
                    + "LIVE_TRACKER_DB_PASSWORD or PGPASSWORD.")
    String url;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "File holding the database password on one line (safer than a variable).")
    Path passwordFile;

    /** The live state of the command: {@code dataDir}, and the database when {@code --db} names one. */
    public LiveLocation location(Path dataDir) {
        return location(dataDir, System.getenv());
    }

    LiveLocation location(Path dataDir, Map<String, String> environment) {
        if (url == null) {
            if (passwordFile != null) {
                throw new UsageException("--db-password-file needs --db");
            }
            return LiveLocation.of(dataDir);
        }
        try {
            return new LiveLocation(dataDir, Optional.of(PostgresDatabase.of(url, environment,
                    Optional.ofNullable(passwordFile))));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--db: " + e.getMessage());
        }
    }
}
