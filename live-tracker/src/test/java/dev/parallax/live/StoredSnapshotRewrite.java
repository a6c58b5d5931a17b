package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/** Changes the snapshot stored in a live database in place, to make it look as an older build left it. */
final class StoredSnapshotRewrite {

    private StoredSnapshotRewrite() {
    }

    /** The bytes of the one stored snapshot. */
    static byte[] read(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT state FROM live_snapshots")) {
            assertTrue(rs.next(), "closing saved a snapshot");
            return rs.getBytes(1);
        }
    }

    /** Replaces the bytes of the one stored snapshot by {@code state}. */
    static void write(Connection c, byte[] state) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE live_snapshots SET state = ?")) {
            update.setBytes(1, state);
            update.executeUpdate();
        }
    }

    /** Reads the one stored snapshot, lets {@code change} edit its bytes, and writes them back. */
    static void rewrite(Connection c, Consumer<byte[]> change) throws SQLException {
        byte[] state = read(c);
        change.accept(state);
        write(c, state);
    }
}
