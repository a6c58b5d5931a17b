package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliRun;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.live.store.PostgresDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db}: live, report and parity on a PostgreSQL database, and what is refused. */
class LivePostgresCommandTest {

    private static final String STRATEGY = "cli-pg";

    @TempDir
    Path dir;

    private String passwordFile(PostgresDatabase db) throws IOException {
        return Files.writeString(dir.resolve("pg-password"), db.password() + "\n").toString();
    }

    private String fills() throws IOException {
        String lines = LiveCommandTest.ENTRY + "\n" + LiveCommandTest.EXIT + "\n";
        return Files.writeString(dir.resolve("fills.jsonl"), lines).toString();
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void liveRecordsIntoTheDatabaseAndReportAndParityReadIt() throws IOException {
        PostgresDatabase db = TestPostgres.withoutStrategies(STRATEGY);
        String url = TestPostgres.urlWithUser(db);
        String password = passwordFile(db);

        CliRun live = CliRun.of("live", "--data-dir", data(), "--strategy", STRATEGY, "--balance", "10000",
                "--input", fills(), "--db", url, "--db-password-file", password);
        CliRun again = CliRun.of("live", "--data-dir", data(), "--strategy", STRATEGY, "--input", fills(),
                "--db", url, "--db-password-file", password);
        CliRun report = CliRun.of("report", "--data-dir", data(), "--strategy", STRATEGY, "--db", url,
                "--db-password-file", password);
        CliRun parity = CliRun.of("parity", "--data-dir", data(), "--strategy", STRATEGY, "--db", url,
                "--db-password-file", password);

        assertEquals(0, live.code(), live.err());
        // 0.5 x (50,610 - 50,120) = 245 less fees 12.5 + 12.6 = 219.90
        assertTrue(live.out().contains("recorded 2 events") && live.out().contains("balance 10,219.90"), live.out());
        assertTrue(live.out().contains("schema live_cli-pg"), live.out());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("recorded 0 events, skipped 2 already recorded"), again.out());
        assertEquals(0, report.code(), report.err());
        assertTrue(report.out().contains("10,219.90"), report.out());
        assertEquals(0, parity.code(), parity.err());
        assertFalse(Files.exists(dir.resolve("data/live")), "no SQLite database was made");
    }

    @Test
    void aSecondWriterIsRefusedWhileAStatusCheckWorks() throws IOException {
        PostgresDatabase db = TestPostgres.withoutStrategies(STRATEGY);
        String url = TestPostgres.urlWithUser(db);
        String password = passwordFile(db);
        assertEquals(0, CliRun.of("live", "--data-dir", data(), "--strategy", STRATEGY, "--balance", "10000",
                "--db", url, "--db-password-file", password).code());

        try (JdbcLiveEventStore writer = JdbcLiveEventStore.postgresql(db, STRATEGY)) {
            CliRun second = CliRun.of("live", "--data-dir", data(), "--strategy", STRATEGY, "--input", fills(),
                    "--db", url, "--db-password-file", password);
            CliRun status = CliRun.of("live", "--data-dir", data(), "--strategy", STRATEGY, "--db", url,
                    "--db-password-file", password);

            assertEquals(1, second.code(), second.out());
            assertTrue(second.errorLine().contains("is in use by another process (PostgreSQL backend pid "),
                    second.err());
            assertEquals(0, status.code(), status.err());
            assertTrue(status.out().contains("balance 10,000.00"), status.out());
        }
    }

    @Test
    void aDataDirThatIsADatabaseUrlIsRefusedPointingToDbWithoutThePassword() {
        CliRun run = CliRun.of("live", "--strategy", STRATEGY, "--data-dir",
                "jdbc:postgresql://127.0.0.1:5432/trading?password=hunter2");

        assertEquals(1, run.code());
        assertTrue(run.errorLine().contains("--data-dir takes a folder, was the database URL "
                + "'jdbc:postgresql:/127.0.0.1:5432/trading?password=***'; give a database with --db"), run.err());
        assertFalse(run.err().contains("hunter2"), run.err());
        assertFalse(Files.exists(Path.of("jdbc:postgresql:")), "no folder named after the URL");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutShowingIt() {
        PostgresDatabase db = TestPostgres.withoutStrategies(STRATEGY);

        CliRun run = CliRun.of("live", "--data-dir", data(), "--strategy", STRATEGY, "--balance", "1",
                "--db", TestPostgres.urlWithUser(db) + "&password=Hunter2-Wrong", "--verbose");

        assertEquals(1, run.code());
        assertTrue(run.errorLine().contains("password authentication failed"), run.err());
        assertFalse(run.err().contains("Hunter2-Wrong") || run.out().contains("Hunter2-Wrong"), run.err());
    }

    @Test
    void badDatabaseOptionsAreUsageErrors() {
        CliRun mysql = CliRun.of("report", "--strategy", STRATEGY, "--data-dir", data(),
                "--db", "jdbc:mysql://u:hunter2@db/trading");
        CliRun fileAlone = CliRun.of("live", "--strategy", STRATEGY, "--data-dir", data(),
                "--db-password-file", "pw");

        assertEquals(2, mysql.code());
        assertTrue(mysql.errorLine().contains("--db: url must start with jdbc:postgresql:, was "
                + "'jdbc:mysql://u:***@db/trading'"), mysql.err());
        assertEquals(2, fileAlone.code());
        assertTrue(fileAlone.errorLine().contains("--db-password-file needs --db"), fileAlone.err());
    }

    @Test
    void aStrategyNameTooLongForASchemaIsRefusedBeforeConnecting() {
        CliRun run = CliRun.of("live", "--strategy", "s".repeat(59), "--data-dir", data(),
                "--db", "jdbc:postgresql://127.0.0.1:1/unreachable");

        assertEquals(1, run.code());
        assertEquals("parallax live: strategy must have at most 58 characters to be kept in PostgreSQL "
                + "(schema live_<strategy>), was 59", run.errorLine());
    }
}
