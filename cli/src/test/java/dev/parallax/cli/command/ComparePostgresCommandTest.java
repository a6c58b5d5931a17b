package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliRun;
import dev.parallax.cli.live.LiveDatabase;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.live.store.PostgresDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's live events copied from its SQLite file into PostgreSQL: compare, report and parity
 * with {@code --db} print exactly what they print from the SQLite file.
 */
class ComparePostgresCommandTest {

    private static final String STRATEGY = "sma-cross-demo";

    @TempDir
    Path dir;

    @Test
    void theDemosLiveEventsGiveTheSameComparisonReportAndParityFromPostgresql() throws IOException {
        PostgresDatabase db = TestPostgres.withoutStrategies(STRATEGY);
        CliRun demo = CliRun.of("demo", "--out", dir.resolve("demo").toString());
        assertEquals(0, demo.code(), demo.err());
        String backtest = dir.resolve("demo/backtest.json").toString();
        Path data = dir.resolve("demo/data");
        copyLiveEvents(LiveDatabase.file(data, STRATEGY), db);
        String password = Files.writeString(dir.resolve("pw"), db.password()).toString();
        String url = TestPostgres.urlWithUser(db);

        for (String command : new String[] {"compare", "report", "parity"}) {
            CliRun sqlite = CliRun.of(command, "--backtest", backtest, "--strategy", STRATEGY, "--data-dir",
                    data.toString());
            CliRun postgres = CliRun.of(command, "--backtest", backtest, "--strategy", STRATEGY, "--data-dir",
                    data.toString(), "--db", url, "--db-password-file", password);

            assertEquals(sqlite.code(), postgres.code(), command + ": " + postgres.err());
            assertTrue(sqlite.out().length() > 500, command + " prints the figures: " + sqlite.out());
            assertEquals(sqlite.out(), postgres.out(), command);
        }
    }

    private static void copyLiveEvents(Path sqlite, PostgresDatabase db) {
        try (JdbcLiveEventStore from = JdbcLiveEventStore.sqliteReadOnly(sqlite);
             JdbcLiveEventStore to = JdbcLiveEventStore.postgresql(db, STRATEGY)) {
            to.append(from.load());
            for (String name : new String[] {"strategy", "initial_balance"}) {
                to.putInfo(name, from.info(name).orElseThrow());
            }
        }
    }
}
