package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Undoes what schema version 8 and snapshot format 6 changed, to make a database look as the build
 * before executions left it: no {@code fill_seq} column nor index of executions, the risk index of
 * three kinds, and snapshots that write each open trade as its entry alone.
 */
final class BeforeExecutions {

    private BeforeExecutions() {
    }

    /** Turns the schema of version 8 back into that of version 7 and forgets migration 8; the file must hold no execution. */
    static void undoMigrationEight(Statement st) throws SQLException {
        st.execute("DROP INDEX live_events_one_row_per_execution");
        st.execute("ALTER TABLE live_events DROP COLUMN fill_seq");
        st.execute("DROP INDEX live_events_risk");
        st.execute("CREATE INDEX live_events_risk ON live_events (seq) WHERE kind IN ('DAILY_LOSS_LIMIT', "
                + "'DRAWDOWN_ALERT', 'BREAKER_RESET')");
        st.execute("DELETE FROM tracker_info WHERE name = 'position_mode'");
        st.execute("DELETE FROM schema_version WHERE version = 8");
    }

    /** A format 6 snapshot of a tracker of {@code settings} without executions, written again as format 5. */
    static byte[] formatFive(byte[] six, LiveTrackerSettings settings) {
        ByteBuffer bytes = ByteBuffer.wrap(six);
        assertEquals(StateSnapshots.FORMAT, bytes.getInt(4));
        // magic, format, initial balance, zone (length and UTF-8 bytes), last event digest, then the
        // state, which starts with its event count
        int zoneLength = bytes.getInt(16);
        long eventCount = bytes.getLong(20 + zoneLength + Long.BYTES);
        StateSnapshots.Restored restored = StateSnapshots.decode(new StateSnapshot(eventCount, six), settings);
        Optional<StateSnapshots.ParityPart> parity = restored.parity();
        return StateSnapshots.encode(restored.state(), settings, restored.lastEventDigest(), parity, 5).state();
    }
}
