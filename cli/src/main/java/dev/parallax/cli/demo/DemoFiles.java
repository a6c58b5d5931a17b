package dev.parallax.cli.demo;

import dev.parallax.alert.AlertLogFileSink;
import dev.parallax.parity.state.DisableStateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folders of one demo run, all inside its output folder.
 *
 * @param root   the output folder
 * @param live   folder of the live tracker's database
 * @param parity folder of the parity disable state
 * @param logs   folder of the parity alert log
 */
public record DemoFiles(Path root, Path live, Path parity, Path logs) {

    /** Normalises the paths. */
    public DemoFiles {
        root = root.toAbsolutePath().normalize();
        live = live.toAbsolutePath().normalize();
        parity = parity.toAbsolutePath().normalize();
        logs = logs.toAbsolutePath().normalize();
    }

    /**
     * Creates the folders and deletes the files an earlier demo run left for {@code strategy} (its
     * live database, disable state, alert log and outputs), so that each run starts afresh. Nothing
     * else is touched.
     */
    public void prepare(String strategy) throws IOException {
        Files.createDirectories(root);
        Files.createDirectories(live);
        Files.createDirectories(parity);
        Files.createDirectories(logs);
        String db = strategy + "_live.db";
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(live.resolve(db + suffix));
        }
        Files.deleteIfExists(parity.resolve(strategy + DisableStateStore.FILE_SUFFIX));
        Files.deleteIfExists(logs.resolve(AlertLogFileSink.FILE_NAME));
        // live-venue.json: written by demos whose live half was a second simulator run; not by this one
        for (String output : new String[] {"report.html", "backtest.json", "backtest-trades.csv", "live-venue.json"}) {
            Files.deleteIfExists(root.resolve(output));
        }
    }
}
