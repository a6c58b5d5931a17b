package dev.parallax.live.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class AdvisoryLockTest {

    @Test
    void theKeyIsTheFirstEightBytesOfTheSha256OfThePrefixedSchemaName() {
        // printf '%s' "parallax live tracker writer:live_s" | sha256sum  ->  a00c377a41a31a17...
        // Every version must derive the same key, or two versions could record one strategy at once.
        assertEquals(0xa00c377a41a31a17L, AdvisoryLock.key("live_s"));
        assertNotEquals(AdvisoryLock.key("live_s"), AdvisoryLock.key("live_t"));
    }

    @Test
    void theWritersLockIsTheAdvisoryLockPostgresqlListsUnderThatKey() throws SQLException {
        PostgresDatabase db = PostgresTestServer.withoutStrategies("s");
        try (JdbcLiveEventStore writer = JdbcLiveEventStore.postgresql(db, "s");
             Connection c = PostgresTestServer.connect(db); Statement st = c.createStatement();
             // a bigint key is shown as classid = its high 32 bits, objid = its low 32 bits, objsubid = 1
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                     + "AND classid::bigint = 2685155194 AND objid::bigint = 1101208087 AND objsubid = 1")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }
}
