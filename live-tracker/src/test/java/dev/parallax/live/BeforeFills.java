package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.CRC32;

/**
 * Undoes what schema version 7 and snapshot format 5 changed, to make a database look as the build
 * before fills left it: slippage as a fraction, exits without symbol and side, no fill type or partial
 * column, and snapshot entries without fill type and partial flag.
 */
final class BeforeFills {

    /** What format 5 adds after an unreported, whole entry's latency: the text TAKER (length first) and false. */
    private static final byte[] TYPE_AND_PARTIAL = {0, 0, 0, 5, 'T', 'A', 'K', 'E', 'R', 0};

    private BeforeFills() {
    }

    /** Turns the columns of version 7 (and 8) back into those of version 6 and forgets migrations 7 and 8. */
    static void undoMigrationSeven(Statement st) throws SQLException {
        BeforeExecutions.undoMigrationEight(st);
        st.execute("UPDATE live_events SET slippage = slippage / 10000 WHERE slippage IS NOT NULL");
        st.execute("UPDATE live_events SET symbol = NULL, side = NULL WHERE kind = 'EXIT'");
        st.execute("ALTER TABLE live_events DROP COLUMN fill_type");
        st.execute("ALTER TABLE live_events DROP COLUMN partial");
        st.execute("DELETE FROM schema_version WHERE version = 7");
    }

    /**
     * A format 5 snapshot as {@code format} (4 or older): every open entry without fill type and
     * partial flag (they must be unreported and whole, with no slippage), and a new checksum.
     */
    static byte[] snapshotAs(byte[] five, int format) {
        assertEquals(5, ByteBuffer.wrap(five).getInt(4));
        byte[] body = new byte[five.length];
        int length = 0;
        for (int i = 0; i < five.length - Integer.BYTES; i++) {
            if (i + TYPE_AND_PARTIAL.length <= five.length - Integer.BYTES
                    && java.util.Arrays.equals(five, i, i + TYPE_AND_PARTIAL.length, TYPE_AND_PARTIAL, 0,
                            TYPE_AND_PARTIAL.length)) {
                i += TYPE_AND_PARTIAL.length - 1;
                continue;
            }
            body[length++] = five[i];
        }
        ByteBuffer out = ByteBuffer.allocate(length + Integer.BYTES).put(body, 0, length);
        out.putInt(4, format);
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, length);
        return out.putInt(length, (int) crc.getValue()).array();
    }
}
