package dev.parallax.live.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** What differs between the databases the store writes: the extra statements and columns of PostgreSQL. */
enum Dialect {

    /** SQLite, and any database opened by URL: only the portable statements. */
    PORTABLE,

    /**
     * PostgreSQL: the portable statements, then {@link Migration#postgresqlStatements()}; events
     * also fill {@code event_time}, a {@code timestamptz}.
     */
    POSTGRESQL;

    /** The statements of {@code migration} this database runs, in order. */
    List<String> statements(Migration migration) {
        if (this == PORTABLE) {
            return migration.statements();
        }
        List<String> all = new ArrayList<>(migration.statements());
        all.addAll(migration.postgresqlStatements());
        return all;
    }

    /** The statement inserting one event; {@link #bindTime} fills the columns past the portable ones. */
    String insertEvent() {
        return this == PORTABLE ? EventRows.INSERT : EventRows.insertWith("event_time");
    }

    /**
     * Binds {@code time} to {@code event_time} on PostgreSQL: the instant cut to whole microseconds
     * (towards the past), which is all a {@code timestamptz} holds. The exact nanoseconds stay in
     * {@code event_time_nanos}, which the replay reads.
     */
    void bindTime(PreparedStatement insert, Instant time) throws SQLException {
        if (this == POSTGRESQL) {
            insert.setObject(EventRows.COLUMNS + 1, OffsetDateTime.ofInstant(time.truncatedTo(ChronoUnit.MICROS),
                    ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }
}
