package dev.parallax.live.store;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import java.util.List;

/**
 * One step of the schema, applied once in one transaction and then recorded in
 * {@code schema_version}.
 *
 * @param version     the schema version this step produces, {@code >= 1}, one more than the step before
 * @param description what the step does, not blank
 * @param statements  the SQL statements, portable between SQLite and PostgreSQL; not empty
 * @param postgresqlStatements statements run after {@code statements} on PostgreSQL only (its own
 *                    column types, such as {@code timestamptz}); may be empty
 */
public record Migration(int version, String description, List<String> statements, List<String> postgresqlStatements) {

    /** A migration of portable statements only. */
    public Migration(int version, String description, List<String> statements) {
        this(version, description, statements, List.of());
    }

    /** Validates every field; see the component descriptions for the rules. */
    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, was " + version);
        }
        notBlank("description", description);
        notNull("statements", statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("statements must not be empty for migration " + version);
        }
        statements = List.copyOf(statements);
        postgresqlStatements = List.copyOf(notNull("postgresqlStatements", postgresqlStatements));
    }
}
