package dev.parallax.live.store;

import dev.parallax.live.EventOrigin;
import dev.parallax.live.InputPosition;
import dev.parallax.live.RecordedInput;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reads and writes the rows of {@code input_events} and {@code input_positions}. */
final class InputRows {

    /** The {@code seq} of an input id whose entry was refused, so no event holds it. */
    static final long NO_EVENT = 0;

    private InputRows() {
    }

    /** Records {@code origin}'s id with the event at {@code seq} (or {@link #NO_EVENT}) and its position. */
    static void insert(StatementCache statements, EventOrigin origin, long seq, long digest) throws SQLException {
        insertId(statements, origin.inputId(), seq, digest);
        if (origin.position().isPresent()) {
            putPosition(statements, origin.position().get());
        }
    }

    private static void insertId(StatementCache statements, String inputId, long seq, long digest)
            throws SQLException {
        PreparedStatement insert = statements.get("INSERT INTO input_events (input_id, seq, digest) VALUES (?, ?, ?)");
        insert.setString(1, inputId);
        insert.setLong(2, seq);
        insert.setLong(3, digest);
        insert.executeUpdate();
    }

    /**
     * Replaces the position of the input (portable, no upsert): one UPDATE of the source's row,
     * and an INSERT only when the source has none yet, so a fill costs one statement here.
     */
    private static void putPosition(StatementCache statements, InputPosition position) throws SQLException {
        PreparedStatement update = statements.get("UPDATE input_positions SET identity = ?, byte_offset = ?, "
                + "line_number = ? WHERE source = ?");
        update.setString(1, position.identity());
        update.setLong(2, position.offset());
        update.setLong(3, position.line());
        update.setString(4, position.source());
        if (update.executeUpdate() > 0) {
            return;
        }
        PreparedStatement insert = statements.get("INSERT INTO input_positions "
                + "(source, identity, byte_offset, line_number) VALUES (?, ?, ?, ?)");
        insert.setString(1, position.source());
        insert.setString(2, position.identity());
        insert.setLong(3, position.offset());
        insert.setLong(4, position.line());
        insert.executeUpdate();
    }

    /** What is recorded under {@code inputId}, or empty. */
    static Optional<RecordedInput> recorded(StatementCache statements, String inputId) throws SQLException {
        PreparedStatement select = statements.get("SELECT seq, digest FROM input_events WHERE input_id = ?");
        select.setString(1, inputId);
        try (ResultSet rs = select.executeQuery()) {
            return rs.next() ? Optional.of(new RecordedInput(inputId, rs.getLong(2), rs.getLong(1) == NO_EVENT))
                    : Optional.empty();
        }
    }

    static Optional<InputPosition> position(Connection connection, String source) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT identity, byte_offset, line_number FROM input_positions WHERE source = ?")) {
            select.setString(1, source);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new InputPosition(source, rs.getString(1), rs.getLong(2), rs.getLong(3)))
                        : Optional.empty();
            }
        }
    }
}
