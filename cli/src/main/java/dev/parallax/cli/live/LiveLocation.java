package dev.parallax.cli.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.cli.CliException;
import dev.parallax.live.store.PostgresDatabase;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the live tracker's state of a command is: the data folder (parity state, alert log, and
 * the SQLite databases under {@code live/}), and, when {@code --db} names one, the PostgreSQL
 * database that holds the live events instead of the SQLite files.
 *
 * @param dataDir  the data folder; never a JDBC URL
 * @param database the PostgreSQL database of the live events, or empty for the SQLite files
 */
public record LiveLocation(Path dataDir, Optional<PostgresDatabase> database) {

    /** Refuses a data folder written as a JDBC URL, pointing to {@code --db}. */
    public LiveLocation {
        notNull("dataDir", dataDir);
        notNull("database", database);
        if (PostgresDatabase.isJdbcUrl(dataDir.toString())) {
            throw new CliException("--data-dir takes a folder, was the database URL '"
                    + PostgresDatabase.redacted(dataDir.toString()) + "'; give a database with --db "
                    + "jdbc:postgresql://host:port/database (and --data-dir for the parity state and alert log)");
        }
    }

    /** The SQLite files in {@code dataDir}. */
    public static LiveLocation of(Path dataDir) {
        return new LiveLocation(dataDir, Optional.empty());
    }

    /** Where the live events of {@code strategy} are, for messages: a file or a URL without credentials. */
    public String describe(String strategy) {
        return database.map(d -> d.location() + " (schema " + PostgresDatabase.schemaOf(strategy) + ")")
                .orElseGet(() -> LiveDatabase.file(dataDir, strategy).toString());
    }
}
