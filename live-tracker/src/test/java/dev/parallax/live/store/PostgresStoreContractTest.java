package dev.parallax.live.store;

import org.junit.jupiter.api.BeforeEach;

/** The store contract on a strategy's schema in PostgreSQL. */
class PostgresStoreContractTest extends LiveEventStoreContract {

    private static final String STRATEGY = "pg-contract";

    private PostgresDatabase db;

    @BeforeEach
    void emptySchema() {
        db = PostgresTestServer.withoutStrategies(STRATEGY);
    }

    @Override
    JdbcLiveEventStore openWriter() {
        return JdbcLiveEventStore.postgresql(db, STRATEGY);
    }

    @Override
    JdbcLiveEventStore openReader() {
        return JdbcLiveEventStore.postgresqlReadOnly(db, STRATEGY);
    }
}
