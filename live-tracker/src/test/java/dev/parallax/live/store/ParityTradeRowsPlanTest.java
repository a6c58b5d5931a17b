package dev.parallax.live.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every snapshot deletes the parity trades of other generations in its transaction: SQLite must
 * find them through the primary key, not read every stored trade (a {@code <>} would).
 */
class ParityTradeRowsPlanTest {

    @TempDir
    Path dir;

    @Test
    void deletingOtherGenerationsSearchesThePrimaryKeyInsteadOfScanningTheTable() throws SQLException {
        Path file = dir.resolve("plan.db");
        JdbcLiveEventStore.sqlite(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String sql : ParityTradeRows.DELETE_OTHER_GENERATIONS) {
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = statement.executeQuery("EXPLAIN QUERY PLAN " + sql.replace("?", "3"))) {
                    while (rs.next()) {
                        plan.append(rs.getString("detail")).append('\n');
                    }
                }
                assertTrue(plan.toString().contains("SEARCH") && !plan.toString().contains("SCAN"),
                        sql + " is planned as: " + plan);
            }
            StringBuilder unequal = new StringBuilder();
            try (ResultSet rs = statement.executeQuery(
                    "EXPLAIN QUERY PLAN DELETE FROM parity_trades WHERE generation <> 3")) {
                while (rs.next()) {
                    unequal.append(rs.getString("detail"));
                }
            }
            assertTrue(unequal.toString().contains("SCAN"), "the old statement read every row: " + unequal);
        }
    }
}
