package dev.parallax.live.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an SQLite file. */
class SqliteStoreContractTest extends LiveEventStoreContract {

    @TempDir
    Path dir;

    @Override
    JdbcLiveEventStore openWriter() {
        return JdbcLiveEventStore.sqlite(dir.resolve("s_live.db"));
    }

    @Override
    JdbcLiveEventStore openReader() {
        return JdbcLiveEventStore.sqliteReadOnly(dir.resolve("s_live.db"));
    }
}
