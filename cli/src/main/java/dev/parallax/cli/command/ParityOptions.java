package dev.parallax.cli.command;

import dev.parallax.cli.live.LiveLocation;
import dev.parallax.cli.parity.LimitsInForce;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The data folder, live database and parity limits shared by the parity, compare and report
 * commands: these commands judge by the limits saved for the strategy, which the limit flags may
 * override.
 */
public final class ParityOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "parallax-data",
            description = "Data folder holding live/, parity/ and logs/ (default: ${DEFAULT-VALUE}).")
    public Path dataDir;

    @Mixin
    DatabaseOptions database;

    @Mixin
    ParityLimitOptions limitOptions;

    /**
     * Where the live state is: the data folder, and the PostgreSQL database of {@code --db} if given.
     *
     * @throws dev.parallax.cli.CliException if the data folder is written as a JDBC URL
     */
    public LiveLocation location() {
        return database.location(dataDir);
    }

    /**
     * The limits saved for {@code strategy} in {@code <data-dir>/parity} (the defaults when none are
     * saved), changed by the config file and the flags given.
     *
     * @throws dev.parallax.cli.CliException if the saved limits file is unreadable or not valid
     */
    public LimitsInForce limits(String strategy) {
        location();
        return LimitsInForce.saved(dataDir.resolve("parity"), strategy, limitOptions::apply, limitOptions.overrides());
    }

    /** The parity-limit flags and config file given, in order; empty if none. */
    public java.util.List<String> limitOverrides() {
        return limitOptions.overrides();
    }
}
