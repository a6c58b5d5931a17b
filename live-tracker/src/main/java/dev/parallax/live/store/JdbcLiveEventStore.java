package dev.parallax.live.store;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.alert.Alert;
import dev.parallax.live.EventDigest;
import dev.parallax.live.EventOrigin;
import dev.parallax.live.InputPosition;
import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveEventStore;
import dev.parallax.live.LiveExecution;
import dev.parallax.live.LiveStoreException;
import dev.parallax.live.ParityTrades;
import dev.parallax.live.RecordedInput;
import dev.parallax.live.RiskEvent;
import dev.parallax.live.StateSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * A {@link LiveEventStore} in a JDBC database, SQLite by default.
 *
 * <p>Durability: every {@link #append} is one transaction that either commits all its rows or
 * none. For SQLite the file is opened in WAL mode with {@code synchronous=FULL}, so a commit is on
 * disk (the WAL is fsynced) before {@code append} returns and survives a crash of the process or
 * of the machine. Inside a commit group ({@link #beginGroup}) appends join one transaction that
 * {@link #commitGroup} commits with one fsync; closing the store with a group open rolls it back.
 * The group shares the store's one connection with the alert sender, so while it is open
 * {@link #undeliveredAlerts} lists only alerts committed before it, and {@link #markAlertDelivered}
 * keeps its marks until the group ends; a rolled-back group gives back its event and outbox seqs.
 *
 * <p>Concurrency: one writer, any number of readers. {@link #sqlite} takes an operating-system lock
 * on {@code <file>.lock} (released when the store closes or the process ends) and writes its
 * process id and host there; a second writer is refused at once with "in use by another process"
 * and those details. {@link #sqliteReadOnly} takes no lock and reads a consistent snapshot (WAL)
 * while a writer runs.
 *
 * <p>Opening checks before it writes anything: an existing SQLite file must have the SQLite header
 * and pass {@code PRAGMA quick_check}; a database whose {@code schema_version} is newer than
 * {@link LiveSchema#LATEST_VERSION}, or that holds other tables and no {@code schema_version}, is
 * refused. Missing migrations are then applied, each in its own transaction. A refused database is
 * never modified.
 *
 * <p>Parity trades (schema version 6): a snapshot may carry an attached parity tracker's completed
 * trades ({@link #saveSnapshot(StateSnapshot, ParityTrades)}), written in its transaction under an
 * archive generation; {@link #parityArchive} reads them back through a connection of its own
 * ({@code JdbcTradeArchive}), never this store's, whose monitor a caller may hold while it waits for
 * the parity tracker's lock.
 *
 * <p>PostgreSQL: {@link #postgresql} and {@link #postgresqlReadOnly} keep each strategy in a schema
 * of its own in a shared database, lock out a second writer of a strategy with an advisory lock,
 * and store times as {@code timestamptz} too; see there. The driver ships with this module.
 *
 * <p>Other databases: {@link #open(String, Properties)} uses the same portable schema and
 * statements with any JDBC URL whose driver is on the class path, in the connection's default
 * schema, without a writer lock. It is not tested here; use {@link #postgresql} for PostgreSQL.
 */
public final class JdbcLiveEventStore implements LiveEventStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcLiveEventStore.class);

    private final Connection connection;
    private final StatementCache statements;
    private final String location;
    private final Optional<WriterLock> lock;
    private final boolean readOnly;
    private final Dialect dialect;
    private final int schemaVersion;
    /** The selects of live_events in this build's units, for {@link #schemaVersion}. */
    private final EventQueries queries;
    private long nextSeq;
    /** The {@code seq} of the first event of the open commit group; 0 when none is open. */
    private long groupStartSeq;
    private long nextAlertSeq;
    /** The {@code outbox_seq} of the first alert of the open commit group; outbox rows below it are committed. */
    private long groupStartAlertSeq;
    /** Alerts marked delivered while a group is open, by id: written once the group ends. */
    private final Map<String, Instant> deliveredInGroup = new LinkedHashMap<>();
    /** Opens the connections the parity trade archives read through. */
    private final ConnectionSource archiveConnections;
    /** The archives opened on this store, closed with it. */
    private final List<JdbcTradeArchive> archives = new ArrayList<>();
    private boolean closed;

    private JdbcLiveEventStore(Connection connection, String location, Optional<WriterLock> lock, boolean readOnly,
                               Dialect dialect, ConnectionSource archiveConnections) throws SQLException {
        this.connection = connection;
        this.archiveConnections = archiveConnections;
        this.statements = new StatementCache(connection);
        this.location = location;
        this.lock = lock;
        this.readOnly = readOnly;
        this.dialect = dialect;
        if (readOnly) {
            this.schemaVersion = SchemaMigrator.refuseUnknown(connection, location);
            if (schemaVersion == 0) {
                throw new LiveStoreException(location + " holds no live-tracker data yet; record fills into it first");
            }
        } else {
            new SchemaMigrator(connection, location, dialect).migrate();
            this.schemaVersion = LiveSchema.LATEST_VERSION;
        }
        this.queries = EventQueries.of(schemaVersion);
        connection.setAutoCommit(false);
        this.nextSeq = inTransaction(() -> {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT MAX(seq) FROM live_events")) {
                rs.next();
                return rs.getLong(1) + 1;
            }
        });
        this.nextAlertSeq = schemaVersion >= 3 ? inTransaction(() -> AlertRows.nextSeq(connection)) : 1;
    }

    /**
     * The store in the SQLite file {@code file}, created with its folder when missing.
     *
     * @throws LiveStoreException if the file is not an SQLite database, is corrupt, holds another
     *                            application's tables or a newer schema, or is in use by another
     *                            writer (the message names its process and host)
     */
    public static JdbcLiveEventStore sqlite(Path file) {
        notNull("file", file);
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new LiveStoreException("could not create the folder of " + absolute + ": " + e.getMessage(), e);
        }
        SqliteFile.checkHeader(absolute);
        WriterLock lock = WriterLock.acquire(absolute);
        try {
            return sqlite(absolute, Optional.of(lock), withoutGeneratedKeys(new SQLiteConfig()));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * The store in the existing SQLite file {@code file}, for reading only: no lock is taken, nothing
     * is ever written, and it works while a writer records into the file. Appending fails.
     *
     * @throws LiveStoreException if the file is missing, not an SQLite database, corrupt, holds
     *                            another application's tables or a newer schema
     */
    public static JdbcLiveEventStore sqliteReadOnly(Path file) {
        notNull("file", file);
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new LiveStoreException("there is no live database at " + absolute);
        }
        SqliteFile.checkHeader(absolute);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return sqlite(absolute, Optional.empty(), withoutGeneratedKeys(config));
    }

    /**
     * {@code config} with the driver's generated-key read-back turned off: by default sqlite-jdbc
     * follows every INSERT with an unprepared {@code SELECT last_insert_rowid()}, which the store
     * never reads (it assigns every key itself).
     */
    private static Properties withoutGeneratedKeys(SQLiteConfig config) {
        config.setGetGeneratedKeys(false);
        return config.toProperties();
    }

    private static JdbcLiveEventStore sqlite(Path absolute, Optional<WriterLock> lock, Properties properties) {
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, properties);
            SqlitePragmas.check(connection, absolute.toString());
            if (lock.isPresent()) {
                SqlitePragmas.forWriting(connection, absolute.toString());
            }
            JdbcLiveEventStore store = new JdbcLiveEventStore(connection, absolute.toString(), lock, lock.isEmpty(),
                    Dialect.PORTABLE, () -> sqliteReader(absolute));
            LOG.debug("opened live event store {}{}", absolute, lock.isEmpty() ? " read-only" : "");
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e instanceof LiveStoreException lse ? lse
                    : new LiveStoreException("could not open " + absolute + " as the live tracker's database: "
                    + e.getMessage(), e);
        }
    }

    /** A read-only connection to the SQLite file, beside the store's own: WAL lets it read while the store writes. */
    private static Connection sqliteReader(Path absolute) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + absolute, withoutGeneratedKeys(config));
    }

    /**
     * The store in the database at {@code jdbcUrl} (for example
     * {@code jdbc:h2:/data/live}), with the driver's {@code properties} (user, password).
     * No SQLite pragmas are applied; durability is the server's; no writer lock is taken. Not tested in
     * this module. A PostgreSQL URL is refused: {@link #postgresql} keeps each strategy apart and
     * locks out a second writer, which this path cannot.
     *
     * @throws LiveStoreException       if the database cannot be reached, holds another application's
     *                                  tables or a newer schema
     * @throws IllegalArgumentException if the URL is a PostgreSQL one
     */
    public static JdbcLiveEventStore open(String jdbcUrl, Properties properties) {
        notBlank("jdbcUrl", jdbcUrl);
        notNull("properties", properties);
        String location = withoutCredentials(jdbcUrl);
        if (jdbcUrl.startsWith(PostgresDatabase.URL_PREFIX)) {
            throw new IllegalArgumentException("jdbcUrl " + location + " is a PostgreSQL database: open it with "
                    + "JdbcLiveEventStore.postgresql(PostgresDatabase, strategy), which keeps each strategy in its own "
                    + "schema and locks out a second writer");
        }
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(jdbcUrl, properties);
            return new JdbcLiveEventStore(connection, location, Optional.empty(), false, Dialect.PORTABLE,
                    () -> DriverManager.getConnection(jdbcUrl, properties));
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw openFailure(jdbcUrl, properties.getProperty("password"), "could not open " + location, e);
        }
    }

    /**
     * The store of {@code strategy} in the PostgreSQL {@code database}, for recording: its tables in
     * the schema {@code live_<strategy>}, created with the tables when missing, and migrated to
     * {@link LiveSchema#LATEST_VERSION} like an SQLite file. Many strategies share one database,
     * each in its own schema.
     *
     * <p>One writer per strategy: the store holds a session-level advisory lock
     * ({@code pg_try_advisory_lock}) of the strategy while it is open, which the server releases when
     * the session ends, even when the process is killed. A second writer is refused at once with
     * "in use by another process" and what {@code pg_stat_activity} tells of the holder. Each
     * {@link #append} is one transaction committed with {@code synchronous_commit = on}, so it is in
     * the server's write-ahead log on disk before the call returns. If the connection is lost, the
     * lock goes with it and every later call fails; the store never reconnects on its own.
     *
     * @throws LiveStoreException       if the server cannot be reached or refuses the login, the schema
     *                                  holds another application's tables or a newer version, or
     *                                  another process records the strategy; no message holds the password
     * @throws IllegalArgumentException if the strategy name cannot name a schema (letters, digits,
     *                                  '.', '_' and '-', at most 58 characters)
     */
    public static JdbcLiveEventStore postgresql(PostgresDatabase database, String strategy) {
        return postgresql(database, strategy, false);
    }

    /**
     * The store of {@code strategy} in the PostgreSQL {@code database}, for reading only: no lock
     * is taken, nothing is ever written (the session is read-only), and it works while a writer
     * records the strategy. Appending fails.
     *
     * @throws LiveStoreException if the server cannot be reached, nothing is recorded for the
     *                            strategy, or its schema holds another application's tables or a
     *                            newer version
     */
    public static JdbcLiveEventStore postgresqlReadOnly(PostgresDatabase database, String strategy) {
        return postgresql(database, strategy, true);
    }

    /**
     * True if something was recorded for {@code strategy} in {@code database} (its schema exists);
     * writes nothing and takes no lock.
     *
     * @throws LiveStoreException       if the server cannot be reached or refuses the login
     * @throws IllegalArgumentException if the strategy name cannot name a schema
     */
    public static boolean postgresqlHolds(PostgresDatabase database, String strategy) {
        notNull("database", database);
        String schema = PostgresSchema.of(notBlank("strategy", strategy));
        try (Connection connection = DriverManager.getConnection(database.url(),
                database.properties("parallax live reader " + strategy))) {
            return PostgresSchema.exists(connection, schema);
        } catch (SQLException e) {
            throw openFailure(database.url(), database.password(), "could not open " + database.location(), e);
        }
    }

    private static JdbcLiveEventStore postgresql(PostgresDatabase database, String strategy, boolean readOnly) {
        notNull("database", database);
        notBlank("strategy", strategy);
        String schema = PostgresSchema.of(strategy);
        String location = database.location() + " (strategy " + strategy + ", schema " + schema + ")";
        Properties properties = database.properties("parallax live " + (readOnly ? "reader " : "writer ") + strategy);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(database.url(), properties);
            if (readOnly) {
                if (!PostgresSchema.exists(connection, schema)) {
                    throw new LiveStoreException("there is no live database for strategy '" + strategy + "' in "
                            + database.location() + " (no schema " + schema + "); record fills into it first");
                }
                connection.setReadOnly(true);
                PostgresSchema.use(connection, schema);
            } else {
                AdvisoryLock.acquire(connection, schema, location);
                try (Statement st = connection.createStatement()) {
                    st.execute("SET synchronous_commit TO on");
                }
                PostgresSchema.createAndUse(connection, schema);
            }
            JdbcLiveEventStore store = new JdbcLiveEventStore(connection, location, Optional.empty(), readOnly,
                    Dialect.POSTGRESQL, () -> postgresqlReader(database, strategy, schema));
            LOG.debug("opened live event store {}{}", location, readOnly ? " read-only" : "");
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof LiveStoreException lse) {
                throw lse;
            }
            throw openFailure(database.url(), database.password(), "could not open " + location, e);
        }
    }

    /** A read-only session in the strategy's schema, beside the store's own. */
    private static Connection postgresqlReader(PostgresDatabase database, String strategy, String schema)
            throws SQLException {
        Connection reader = DriverManager.getConnection(database.url(),
                database.properties("parallax live parity reader " + strategy));
        try {
            reader.setReadOnly(true);
            PostgresSchema.use(reader, schema);
            return reader;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    /**
     * A failure to open a database by URL, its message cleaned of credentials. Drivers quote the URL
     * in their messages ("No suitable driver found for jdbc:...?password=..."), so the cause is not
     * chained and its message is cleaned like the URL, and the password is masked wherever it appears.
     */
    private static LiveStoreException openFailure(String url, String password, String what, Exception e) {
        String reason = String.valueOf(e.getMessage()).replace(url, withoutCredentials(url));
        reason = withoutCredentials(reason);
        if (password != null && !password.isEmpty()) {
            reason = reason.replace(password, "***");
        }
        return new LiveStoreException(what + ": " + e.getClass().getSimpleName() + ": " + reason);
    }

    @Override
    public synchronized List<LiveEvent> load() {
        ensureOpen();
        return inTransaction(() -> {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(queries.all())) {
                return readEvents(rs);
            }
        });
    }

    private List<LiveEvent> readEvents(ResultSet rs) throws SQLException {
        List<LiveEvent> events = new ArrayList<>();
        while (rs.next()) {
            long seq = rs.getLong("seq");
            try {
                events.add(EventRows.read(rs));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new LiveStoreException("event " + seq + " in " + location + " is corrupt: "
                        + e.getMessage() + "; the tracker cannot start from this database", e);
            }
        }
        return events;
    }

    @Override
    public void append(List<LiveEvent> events) {
        append(events, Optional.empty(), List.of());
    }

    @Override
    public void append(List<LiveEvent> events, EventOrigin origin) {
        append(events, Optional.of(notNull("origin", origin)), List.of());
    }

    /** True from schema version 3 on: the alert outbox exists (a read-only store of an older file has none). */
    @Override
    public boolean keepsAlerts() {
        return schemaVersion >= 3;
    }

    @Override
    public synchronized void append(List<LiveEvent> events, Optional<EventOrigin> origin, List<Alert> alerts) {
        notNull("events", events);
        notNull("origin", origin);
        notNull("alerts", alerts);
        if (events.isEmpty() && (origin.isPresent() || !alerts.isEmpty())) {
            throw new IllegalArgumentException("events must not be empty when an origin or alerts are given");
        }
        write(events, origin, alerts, Optional.empty(), Optional.empty());
    }

    /**
     * Writes events, their input id, their alerts and a snapshot with parity trades (each when given)
     * in one transaction.
     */
    private void write(List<LiveEvent> events, Optional<EventOrigin> origin, List<Alert> alerts,
                       Optional<StateSnapshot> snapshot, Optional<ParityTrades> trades) {
        ensureWritable();
        ensureKeepsParityTrades(trades);
        if (!alerts.isEmpty() && !keepsAlerts()) {
            throw new UnsupportedOperationException(location + " keeps no alert outbox; nothing was written");
        }
        inTransaction(() -> {
            insertEvents(events);
            if (origin.isPresent()) {
                InputRows.insert(statements, origin.get(), nextSeq, EventDigest.of(events.get(0)));
            }
            AlertRows.insert(connection, nextAlertSeq, nextSeq, alerts);
            if (snapshot.isPresent()) {
                writeParityTrades(trades);
                SnapshotRows.replace(connection, snapshot.get());
            }
            return null;
        });
        nextSeq += events.size();
        nextAlertSeq += alerts.size();
    }

    @Override
    public synchronized List<Alert> undeliveredAlerts(int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("max must be > 0, was " + max);
        }
        ensureOpen();
        if (!keepsAlerts()) {
            return List.of();
        }
        if (groupStartSeq == 0) {
            return inTransaction(() -> AlertRows.undelivered(connection, max, Long.MAX_VALUE, Set.of(), location));
        }
        return inTransaction(() -> AlertRows.undelivered(connection, max, groupStartAlertSeq,
                deliveredInGroup.keySet(), location));
    }

    /**
     * {@inheritDoc} While a commit group is open the mark is kept in memory and written in a
     * transaction of its own once the group ends (committed or rolled back), so a delivery never
     * joins, or fails, the group; the alert is not listed as undelivered meanwhile.
     */
    @Override
    public synchronized void markAlertDelivered(String alertId, Instant at) {
        notBlank("alertId", alertId);
        notNull("at", at);
        ensureWritable();
        if (groupStartSeq != 0) {
            deliveredInGroup.putIfAbsent(alertId, at);
            return;
        }
        inTransaction(() -> {
            AlertRows.markDelivered(connection, alertId, at);
            return null;
        });
    }

    /**
     * Writes the delivery marks kept while the group was open. If that fails the alerts stay
     * undelivered in the outbox and are delivered again (the outbox delivers at least once).
     */
    private void writeMarksKeptInGroup() {
        if (deliveredInGroup.isEmpty()) {
            return;
        }
        Map<String, Instant> marks = new LinkedHashMap<>(deliveredInGroup);
        deliveredInGroup.clear();
        try {
            inTransaction(() -> {
                for (Map.Entry<String, Instant> mark : marks.entrySet()) {
                    AlertRows.markDelivered(connection, mark.getKey(), mark.getValue());
                }
                return null;
            });
        } catch (LiveStoreException e) {
            LOG.warn("could not mark {} alert(s) delivered in {}; they will be delivered again: {}", marks.size(),
                    location, e.getMessage());
        }
    }

    @Override
    public synchronized List<LiveEvent> loadAfter(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        ensureOpen();
        return inTransaction(() -> {
            try (PreparedStatement select = connection.prepareStatement(queries.after())) {
                select.setLong(1, count);
                try (ResultSet rs = select.executeQuery()) {
                    return readEvents(rs);
                }
            }
        });
    }

    @Override
    public synchronized Optional<StateSnapshot> latestSnapshot() {
        ensureOpen();
        if (schemaVersion < SnapshotRows.SINCE_VERSION) {
            return Optional.empty();
        }
        return inTransaction(() -> SnapshotRows.latest(connection));
    }

    @Override
    public synchronized void appendWithSnapshot(List<LiveEvent> events, Optional<EventOrigin> origin,
                                                List<Alert> alerts, StateSnapshot snapshot) {
        appendWithSnapshot(events, origin, alerts, snapshot, Optional.empty());
    }

    /**
     * {@inheritDoc} One transaction: the events, their input id and alerts, the trades, the deletion of
     * other generations' trades, and the snapshot.
     */
    @Override
    public synchronized void appendWithSnapshot(List<LiveEvent> events, Optional<EventOrigin> origin,
                                                List<Alert> alerts, StateSnapshot snapshot, ParityTrades trades) {
        appendWithSnapshot(events, origin, alerts, snapshot, Optional.of(notNull("trades", trades)));
    }

    private void appendWithSnapshot(List<LiveEvent> events, Optional<EventOrigin> origin, List<Alert> alerts,
                                    StateSnapshot snapshot, Optional<ParityTrades> trades) {
        notNull("events", events);
        notNull("origin", origin);
        notNull("alerts", alerts);
        notNull("snapshot", snapshot);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("events must not be empty when a snapshot is given");
        }
        long last = nextSeq + events.size() - 1;
        if (snapshot.eventCount() != last) {
            throw new IllegalArgumentException("snapshot must cover the events up to the last one written (" + last
                    + "), covered " + snapshot.eventCount());
        }
        write(events, origin, alerts, Optional.of(snapshot), trades);
    }

    @Override
    public synchronized void saveSnapshot(StateSnapshot snapshot) {
        saveSnapshot(snapshot, Optional.empty());
    }

    /** {@inheritDoc} One transaction: the trades, the deletion of other generations' trades, the snapshot. */
    @Override
    public synchronized void saveSnapshot(StateSnapshot snapshot, ParityTrades trades) {
        saveSnapshot(snapshot, Optional.of(notNull("trades", trades)));
    }

    private void saveSnapshot(StateSnapshot snapshot, Optional<ParityTrades> trades) {
        notNull("snapshot", snapshot);
        if (snapshot.eventCount() != nextSeq - 1) {
            throw new IllegalArgumentException("snapshot must cover every event written (" + (nextSeq - 1)
                    + "), covered " + snapshot.eventCount());
        }
        ensureWritable();
        ensureKeepsParityTrades(trades);
        inTransaction(() -> {
            writeParityTrades(trades);
            SnapshotRows.replace(connection, snapshot);
            return null;
        });
    }

    /** From schema version 6 on: the table {@code parity_trades} exists and archives read it. */
    @Override
    public boolean keepsParityTrades() {
        return schemaVersion >= ParityTradeRows.SINCE_VERSION;
    }

    @Override
    public synchronized long highestParityGeneration() {
        ensureOpen();
        if (!keepsParityTrades()) {
            return 0;
        }
        return inTransaction(() -> ParityTradeRows.highestGeneration(connection));
    }

    /**
     * {@inheritDoc} Opens a connection of its own, closed with this store; after that the archive
     * opens one per call.
     */
    @Override
    public synchronized JdbcTradeArchive parityArchive(long generation) {
        if (generation < 1) {
            throw new IllegalArgumentException("generation must be >= 1, was " + generation);
        }
        ensureOpen();
        ensureKeepsParityTrades(Optional.of(new ParityTrades(generation, List.of())));
        try {
            Connection reader = archiveConnections.open();
            JdbcTradeArchive archive = new JdbcTradeArchive(reader, archiveConnections, generation, location);
            archives.add(archive);
            return archive;
        } catch (SQLException e) {
            throw new LiveStoreException("could not open a connection to read the parity trades of " + location
                    + ": " + e.getMessage(), e);
        }
    }

    private void ensureKeepsParityTrades(Optional<ParityTrades> trades) {
        if (trades.isPresent() && !keepsParityTrades()) {
            throw new UnsupportedOperationException(location + " has schema version " + schemaVersion
                    + ", which keeps no parity trades (version " + ParityTradeRows.SINCE_VERSION + " does); nothing "
                    + "was written");
        }
    }

    /** Inserts the trades under their generation and deletes every other generation's; nothing when empty. */
    private void writeParityTrades(Optional<ParityTrades> trades) throws SQLException {
        if (trades.isPresent()) {
            ParityTradeRows.insert(connection, trades.get().generation(), trades.get().trades());
            ParityTradeRows.deleteOtherGenerations(connection, trades.get().generation());
        }
    }

    @Override
    public synchronized void appendRefusal(LiveEntry entry, EventOrigin origin) {
        notNull("entry", entry);
        notNull("origin", origin);
        ensureWritable();
        inTransaction(() -> {
            InputRows.insert(statements, origin, InputRows.NO_EVENT, EventDigest.of(entry));
            return null;
        });
    }

    @Override
    public synchronized Set<String> refusedInputIds() {
        ensureOpen();
        if (schemaVersion < 2) {
            return Set.of();
        }
        return inTransaction(() -> {
            Set<String> ids = new TreeSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT input_id FROM input_events WHERE seq = ?")) {
                select.setLong(1, InputRows.NO_EVENT);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public synchronized Map<String, Long> inputDigests() {
        ensureOpen();
        if (schemaVersion < 2) {
            return Map.of();
        }
        return inTransaction(() -> {
            Map<String, Long> digests = new HashMap<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT input_id, digest FROM input_events")) {
                while (rs.next()) {
                    digests.put(rs.getString(1), rs.getLong(2));
                }
            }
            return digests;
        });
    }

    /** {@inheritDoc} One lookup by the primary key of {@code input_events}. */
    @Override
    public synchronized Optional<RecordedInput> recordedInput(String inputId) {
        notBlank("inputId", inputId);
        ensureOpen();
        if (schemaVersion < 2) {
            return Optional.empty();
        }
        return inLookup(() -> InputRows.recorded(statements, inputId));
    }

    @Override
    public synchronized Optional<InputPosition> inputPosition(String source) {
        notBlank("source", source);
        ensureOpen();
        if (schemaVersion < 2) {
            return Optional.empty();
        }
        return inTransaction(() -> InputRows.position(connection, source));
    }

    /** {@inheritDoc} Streams the rows by primary key; nothing is held but the current event. */
    @Override
    public synchronized void forEachFill(long upTo, Consumer<? super LiveEvent> action) {
        checkUpTo(upTo);
        notNull("action", action);
        ensureOpen();
        inTransaction(() -> {
            FillRows.forEachFill(statements, queries, upTo, action, location);
            return null;
        });
    }

    /** {@inheritDoc} One lookup in the index of the trade's fills. */
    @Override
    public synchronized List<LiveEvent> tradeFills(String tradeId, long upTo) {
        notBlank("tradeId", tradeId);
        checkUpTo(upTo);
        ensureOpen();
        return inTransaction(() -> FillRows.ofTrade(statements, queries, tradeId, upTo, location));
    }

    /** {@inheritDoc} One lookup in the unique index of executions by order id and fill sequence. */
    @Override
    public synchronized List<LiveExecution> orderFills(String orderId) {
        notBlank("orderId", orderId);
        ensureOpen();
        return inLookup(() -> FillRows.ofOrder(statements, queries, orderId, location));
    }

    /**
     * {@inheritDoc} One statement: lookups in the unique indexes of entered trade ids and exit ids,
     * and in the index of executions by order id.
     */
    @Override
    public synchronized Optional<LiveEvent> fillNamed(String id) {
        notBlank("id", id);
        ensureOpen();
        return inLookup(() -> FillRows.named(statements, queries, id, location));
    }

    /** {@inheritDoc} Read through the partial index of risk events. */
    @Override
    public synchronized List<RiskEvent> riskEvents(long upTo) {
        checkUpTo(upTo);
        ensureOpen();
        return inTransaction(() -> FillRows.risk(statements, queries, upTo, location));
    }

    private static void checkUpTo(long upTo) {
        if (upTo < 0) {
            throw new IllegalArgumentException("upTo must be >= 0, was " + upTo);
        }
    }

    private void insertEvents(List<LiveEvent> events) throws SQLException {
        PreparedStatement insert = statements.get(dialect.insertEvent());
        long seq = nextSeq;
        for (LiveEvent event : events) {
            EventRows.bind(insert, seq++, notNull("event", event));
            dialect.bindTime(insert, event.time());
            insert.executeUpdate();
        }
    }

    /**
     * {@inheritDoc} The transaction stays open on the connection; readers in other processes see
     * the group once it is committed.
     */
    @Override
    public synchronized void beginGroup() {
        ensureWritable();
        if (groupStartSeq != 0) {
            throw new IllegalStateException("a commit group is already open on " + location);
        }
        groupStartSeq = nextSeq;
        groupStartAlertSeq = nextAlertSeq;
    }

    @Override
    public synchronized void commitGroup() {
        ensureOpen();
        if (groupStartSeq == 0) {
            throw new IllegalStateException(location + " has no open commit group");
        }
        long start = groupStartSeq;
        groupStartSeq = 0;
        try {
            connection.commit();
        } catch (SQLException e) {
            long events = nextSeq - start;
            rollBackGroup(start, e);
            throw new LiveStoreException("the commit of the group of " + events + " event(s) to " + location
                    + " failed, none of them was written: " + e.getMessage(), e);
        }
        writeMarksKeptInGroup();
    }

    /**
     * Rolls back the open transaction after {@code failure} and forgets the event and outbox seqs the
     * group had taken; then writes the delivery marks kept during the group, which are of alerts
     * committed before it.
     */
    private void rollBackGroup(long start, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollback) {
            failure.addSuppressed(rollback);
        }
        nextSeq = start;
        nextAlertSeq = groupStartAlertSeq;
        writeMarksKeptInGroup();
    }

    @Override
    public synchronized Optional<String> info(String name) {
        notBlank("name", name);
        ensureOpen();
        return inTransaction(() -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT value FROM tracker_info WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public synchronized void putInfo(String name, String value) {
        notBlank("name", name);
        notNull("value", value);
        ensureWritable();
        inTransaction(() -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM tracker_info WHERE name = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO tracker_info (name, value) VALUES (?, ?)")) {
                delete.setString(1, name);
                delete.executeUpdate();
                insert.setString(1, name);
                insert.setString(2, value);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            if (groupStartSeq != 0) {
                LOG.warn("closing {} with an open commit group of {} event(s): rolled back, not written", location,
                        nextSeq - groupStartSeq);
                long start = groupStartSeq;
                groupStartSeq = 0;
                rollBackGroup(start, new SQLException("closed with an open group"));
            }
            for (JdbcTradeArchive archive : archives) {
                try {
                    archive.close();
                } catch (LiveStoreException e) {
                    LOG.warn("{}", e.getMessage());
                }
            }
            archives.clear();
            try {
                statements.close();
            } catch (SQLException e) {
                LOG.warn("could not close the statements of {} cleanly: {}", location, e.getMessage());
            }
            if (dialect == Dialect.POSTGRESQL && !readOnly) {
                try {
                    AdvisoryLock.release(connection);
                } catch (SQLException e) {
                    LOG.warn("could not release the writer lock of {}; the server does when the session ends: {}",
                            location, e.getMessage());
                }
            }
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("could not close {} cleanly: {}", location, e.getMessage());
            }
            lock.ifPresent(WriterLock::close);
        }
    }

    /**
     * Runs {@code work} in a transaction of its own, or inside the open commit group without
     * committing. A failure rolls back the transaction, and with it the whole group.
     */
    private <T> T inTransaction(SqlWork<T> work) {
        return run(work, true);
    }

    /**
     * Runs {@code work} like {@link #inTransaction}, committing after it only when {@code commit}
     * is true (outside a group); otherwise the transaction stays open for the next write to commit.
     */
    private <T> T run(SqlWork<T> work, boolean commit) {
        try {
            T result = work.run();
            if (commit && groupStartSeq == 0) {
                connection.commit();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            String written = "nothing was written";
            if (groupStartSeq != 0) {
                written = "the open commit group of " + (nextSeq - groupStartSeq) + " event(s) was rolled back with it";
                long start = groupStartSeq;
                groupStartSeq = 0;
                rollBackGroup(start, e);
            } else {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
            }
            if (e instanceof LiveStoreException lse) {
                throw lse;
            }
            throw new LiveStoreException("database operation on " + location + " failed, " + written + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Runs a lookup of the record path. On the SQLite writer its read transaction is left open, to
     * be ended by the commit of the write that follows (the store is the file's only writer, so
     * the read sees the latest state, and the write joins it without a conflict): a lookup then
     * costs no COMMIT and BEGIN of its own. Elsewhere (readers, PostgreSQL, where an idle open
     * transaction can be ended by the server, other databases) it is {@link #inTransaction}.
     */
    private <T> T inLookup(SqlWork<T> work) {
        return run(work, lock.isEmpty());
    }

    private void ensureWritable() {
        ensureOpen();
        if (readOnly) {
            throw new LiveStoreException(location + " is open read-only; nothing was written");
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new LiveStoreException("the live event store " + location + " is closed");
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the open already failed; that failure is the one reported
            }
        }
    }

    /**
     * {@code text} with the values of {@code password=}, {@code pwd=}, {@code secret=} and
     * {@code token=} parameters and the password of a {@code user:password@} part replaced by
     * {@code ***}.
     */
    static String withoutCredentials(String text) {
        return text.replaceAll("(?i)((?:password|pwd|secret|token|access_token)=)[^&;\\s]*", "$1***")
                .replaceAll("(//[^/@:\\s]*:)[^/@\\s]*@", "$1***@");
    }

    /** Opens a connection to the store's database beside its own. */
    @FunctionalInterface
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /** A piece of JDBC work run inside a transaction. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
