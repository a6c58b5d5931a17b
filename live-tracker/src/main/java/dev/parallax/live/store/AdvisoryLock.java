package dev.parallax.live.store;

import dev.parallax.live.LiveStoreException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-writer rule of a strategy in a PostgreSQL database: a session-level advisory lock
 * ({@code pg_try_advisory_lock}) on a 64-bit key derived from the strategy's schema name, taken on
 * the writer's connection. The server releases it when that session ends, however it ends (a
 * killed process closes its socket), so a crash never leaves the strategy locked. A clean close
 * releases it first ({@link #release}): the server ends a session only after the client has gone,
 * so a writer opened right after a close could otherwise still find it held. Readers take no lock.
 */
final class AdvisoryLock {

    private static final String KEY_PREFIX = "parallax live tracker writer:";

    private AdvisoryLock() {
    }

    /**
     * The lock key of {@code schema}: the first 8 bytes, big-endian, of the SHA-256 of
     * {@code "parallax live tracker writer:" + schema}, so two schemas practically never share a key.
     */
    static long key(String schema) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((KEY_PREFIX + schema)
                    .getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (hash[i] & 0xFF);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Takes the lock of {@code schema} on {@code connection} without waiting.
     *
     * @throws LiveStoreException if another session holds it; the message names what PostgreSQL
     *                            tells of that session (backend pid, client address, application,
     *                            connected since)
     */
    static void acquire(Connection connection, String schema, String what) throws SQLException {
        long key = key(schema);
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, key);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return;
                }
            }
        }
        throw new LiveStoreException(what + " is in use by another process (" + holder(connection, key) + "); only "
                + "one process may record a strategy at a time. Stop the other one, or use a read-only command "
                + "(status, report, compare, parity), which works while it runs");
    }

    /**
     * Releases every session-level advisory lock of {@code connection} (a writer's holds only its
     * strategy's), after ending any open transaction, so the lock is free when this returns.
     */
    static void release(Connection connection) throws SQLException {
        connection.rollback();
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
            unlock.execute();
        }
    }

    /** What pg_locks and pg_stat_activity tell of the sessions holding {@code key}. */
    static String holder(Connection connection, long key) throws SQLException {
        List<String> holders = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT a.pid, host(a.client_addr), a.client_port, "
                + "a.application_name, a.backend_start FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid "
                + "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
                + "AND l.classid::bigint = ? AND l.objid::bigint = ? "
                + "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
            select.setLong(1, key >>> 32);
            select.setLong(2, key & 0xFFFF_FFFFL);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    holders.add(describe(rs));
                }
            }
        }
        return holders.isEmpty() ? "holder unknown: it ended a moment ago, try again" : String.join("; ", holders);
    }

    private static String describe(ResultSet rs) throws SQLException {
        StringBuilder text = new StringBuilder("PostgreSQL backend pid ").append(rs.getLong(1));
        String address = rs.getString(2);
        int port = rs.getInt(3);
        if (address != null) {
            text.append(", client ").append(address).append(port > 0 ? ":" + port : "");
        } else if (port == -1) {
            text.append(", client on a local socket");
        }
        String application = rs.getString(4);
        if (application != null && !application.isEmpty()) {
            text.append(", application '").append(application).append('\'');
        }
        Timestamp since = rs.getTimestamp(5);
        if (since != null) {
            text.append(", connected since ").append(since.toInstant());
        }
        return text.toString();
    }
}
