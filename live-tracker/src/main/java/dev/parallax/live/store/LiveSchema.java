package dev.parallax.live.store;

import java.util.List;

/**
 * The tables of the live event store and the migrations that build them, in order.
 *
 * <p>Version 1:
 * <pre>
 * schema_version (version, description, applied_at)      one row per applied migration
 * tracker_info   (name, value)                           strategy and initial balance
 * live_events    (seq, kind, trade_id, exit_id, symbol, side, size, price, fee, slippage,
 *                 latency_nanos, event_time_nanos, operator, reason)
 * </pre>
 * <p>Version 2:
 * <pre>
 * input_events    (input_id, seq, digest)                           one row per event recorded from an input
 * input_positions (source, identity, byte_offset, line_number)     how far each input file is recorded
 * </pre>
 * <p>Version 3:
 * <pre>
 * alert_outbox (outbox_seq, alert_id, event_seq, source, kind, severity, strategy, message, operator,
 *               alert_time, delivered_at)                          one row per alert raised while recording
 * </pre>
 * An alert is written in the transaction of the event that raised it ({@code event_seq}, the batch's
 * first event), with {@code delivered_at} NULL; the tracker's sender sets {@code delivered_at}
 * (ISO-8601, like {@code alert_time}) once every sink took it. {@code outbox_seq} (1, 2, ..., assigned
 * by the store) is the delivery order; {@code alert_id} is the alert's stable id, unique.
 *
 * <p>Version 4:
 * <pre>
 * live_snapshots (event_count, state)     the newest snapshot of the tracker's state
 * </pre>
 * {@code state} is a {@link dev.parallax.live.StateSnapshot}'s bytes covering the events with
 * {@code seq <= event_count}. It is written in the transaction of its last event (or alone when the
 * tracker closes) and replaces the older row. The column type {@code BYTEA} is PostgreSQL's binary
 * type; SQLite accepts the name and keeps a blob as it is whatever the column's affinity.
 *
 * <p>Version 5: two partial indexes on {@code live_events}, so the tracker keeps only open trades in
 * memory: a unique one on a non-empty {@code exit_id} of an exit (no exit id is used twice, beside
 * the version 1 index that enters a trade id once), and {@code seq} of the risk events (only their
 * rows enter it). Id checks and risk events are read through them, the fills of one trade from its
 * entry's {@code seq} on ({@code FillRows}). Each index a fill enters is one more page written and
 * fsynced per commit, so there is no index of a trade's fills.
 *
 * <p>Version 6:
 * <pre>
 * parity_trades (generation, trade_id, data)     completed trades of the attached parity tracker
 * </pre>
 * A parity tracker attached to a writable tracker keeps its completed trades here instead of in
 * memory ({@link dev.parallax.parity.TradeArchive}): {@code data} is parity-core's own encoding of
 * one trade ({@link dev.parallax.parity.ArchivedTrade}), {@code (generation, trade_id)} the primary
 * key. The rows are written in the transaction of the snapshot whose parity state counts them, and
 * that snapshot names its generation; a tracker that has to rebuild its parity state from every
 * fill starts a new generation, and the first snapshot of it deletes the rows of the others, so the
 * stored snapshot and the rows of its generation always go together.
 *
 * <p>Version 7: every fill row holds a whole {@link dev.parallax.sim.api.Fill}. {@code slippage} is
 * in bps (it was a fraction: the migration multiplies the stored values by 10,000); an exit's
 * {@code symbol} and {@code side} are its fill's, the trade's symbol and the closing side (the
 * migration fills them in from each exit's entry); {@code fill_type} (a
 * {@link dev.parallax.sim.api.FillType} name, NULL for a fill whose venue reported none, read as
 * {@link dev.parallax.live.LiveEntry#UNREPORTED_FILL_TYPE}) and {@code partial} (NULL read as false)
 * are new. An exit with an empty {@code exit_id} is not compared with the backtest; its fill's order
 * id is its trade's. A read-only store of an older version converts in its selects
 * ({@code EventQueries}).
 *
 * <p>Version 8: {@code kind} {@code EXECUTION} is a venue's execution that names no trade
 * ({@link dev.parallax.live.LiveExecution}): one row per fill, {@code trade_id} its order id, the
 * fill's columns as for an entry, and the new column {@code fill_seq} its sequence within the order.
 * A partial unique index on {@code (trade_id, fill_seq)} of the executions keeps a fill from being
 * stored twice and reads an order's fills; the risk events' partial index is rebuilt to include the
 * new kind {@code EXECUTION_WHILE_REFUSED}. Older rows are unchanged ({@code fill_seq} NULL). The
 * account's position mode is kept in {@code tracker_info} under {@code position_mode}
 * ({@code per-trade} or {@code netting}); a database that has none is per-trade.
 *
 * <p>An entry refused by the circuit breaker keeps its input id with {@code seq} 0 (no event), so
 * feeding the input again skips it. Both are written in the transaction of the event they describe, so a restart never records an
 * input line twice and never skips one.
 *
 * <p>On PostgreSQL each strategy has these tables in a schema of its own, {@code live_<strategy>},
 * and {@code live_events} has one more column, {@code event_time TIMESTAMPTZ NOT NULL}: the event
 * time cut to the microsecond, for people and SQL; the replay reads the exact
 * {@code event_time_nanos}.
 *
 * <p>{@code seq} is assigned by the store (1, 2, ...) and orders the replay. {@code kind} is
 * {@code ENTRY}, {@code EXIT}, {@code EXECUTION}, {@code MARK} or a {@link dev.parallax.live.RiskEventKind} name.
 * Times are epoch nanoseconds; prices, sizes and fees are IEEE doubles, so a replay gives back
 * the same bits. A partial unique index keeps a trade id from being entered twice even if a bug
 * slipped past the tracker's checks. Only portable SQL is used (no AUTOINCREMENT or SERIAL, no
 * upsert), so the same statements create the schema in PostgreSQL.
 */
public final class LiveSchema {

    /** Every migration, by version. */
    public static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "live events and tracker info", List.of(
                    "CREATE TABLE tracker_info (name VARCHAR(64) NOT NULL PRIMARY KEY, value TEXT NOT NULL)",
                    "CREATE TABLE live_events ("
                            + "seq BIGINT NOT NULL PRIMARY KEY, "
                            + "kind VARCHAR(32) NOT NULL, "
                            + "trade_id VARCHAR(128), "
                            + "exit_id VARCHAR(128), "
                            + "symbol VARCHAR(64), "
                            + "side VARCHAR(4), "
                            + "size DOUBLE PRECISION, "
                            + "price DOUBLE PRECISION, "
                            + "fee DOUBLE PRECISION, "
                            + "slippage DOUBLE PRECISION, "
                            + "latency_nanos BIGINT, "
                            + "event_time_nanos BIGINT NOT NULL, "
                            + "operator TEXT, "
                            + "reason TEXT)",
                    "CREATE UNIQUE INDEX live_events_one_entry_per_trade ON live_events (trade_id) WHERE kind = 'ENTRY'"),
                    List.of("ALTER TABLE live_events ADD COLUMN event_time TIMESTAMPTZ NOT NULL")),
            new Migration(2, "input ids and input positions", List.of(
                    "CREATE TABLE input_events (input_id VARCHAR(128) NOT NULL PRIMARY KEY, seq BIGINT NOT NULL, "
                            + "digest BIGINT NOT NULL)",
                    "CREATE TABLE input_positions (source VARCHAR(4096) NOT NULL PRIMARY KEY, "
                            + "identity VARCHAR(256) NOT NULL, byte_offset BIGINT NOT NULL, line_number BIGINT NOT NULL)")),
            new Migration(3, "alert outbox", List.of(
                    "CREATE TABLE alert_outbox (outbox_seq BIGINT NOT NULL PRIMARY KEY, "
                            + "alert_id VARCHAR(128) NOT NULL UNIQUE, event_seq BIGINT NOT NULL, "
                            + "source VARCHAR(16) NOT NULL, kind VARCHAR(40) NOT NULL, severity VARCHAR(16) NOT NULL, "
                            + "strategy VARCHAR(128) NOT NULL, message TEXT NOT NULL, operator TEXT NOT NULL, "
                            + "alert_time VARCHAR(40) NOT NULL, delivered_at VARCHAR(40))",
                    "CREATE INDEX alert_outbox_undelivered ON alert_outbox (delivered_at, outbox_seq)")),
            new Migration(4, "snapshots of the tracker state", List.of(
                    "CREATE TABLE live_snapshots (event_count BIGINT NOT NULL PRIMARY KEY, state BYTEA NOT NULL)")),
            new Migration(5, "indexes to read closed trades and check ids in the store", List.of(
                    "CREATE UNIQUE INDEX live_events_one_fill_per_exit_id ON live_events (exit_id) "
                            + "WHERE kind = 'EXIT' AND exit_id <> ''",
                    "CREATE INDEX live_events_risk ON live_events (seq) WHERE "
                            + EventQueries.RISK_KINDS_BEFORE_EXECUTIONS)),
            new Migration(6, "completed trades of the parity tracker", List.of(
                    "CREATE TABLE parity_trades (generation BIGINT NOT NULL, trade_id VARCHAR(128) NOT NULL, "
                            + "data BYTEA NOT NULL, PRIMARY KEY (generation, trade_id))")),
            new Migration(7, "fills: slippage in bps, exits with symbol and side, fill type and partial", List.of(
                    "UPDATE live_events SET slippage = slippage * 10000 WHERE slippage IS NOT NULL",
                    "UPDATE live_events SET "
                            + "symbol = (SELECT e.symbol FROM live_events e WHERE e.kind = 'ENTRY' "
                            + "AND e.trade_id = live_events.trade_id), "
                            + "side = (SELECT CASE e.side WHEN 'BUY' THEN 'SELL' ELSE 'BUY' END FROM live_events e "
                            + "WHERE e.kind = 'ENTRY' AND e.trade_id = live_events.trade_id) "
                            + "WHERE kind = 'EXIT' AND symbol IS NULL",
                    "ALTER TABLE live_events ADD COLUMN fill_type VARCHAR(16)",
                    "ALTER TABLE live_events ADD COLUMN partial BOOLEAN")),
            new Migration(8, "executions that name no trade, with their fill sequence", List.of(
                    "ALTER TABLE live_events ADD COLUMN fill_seq BIGINT",
                    "CREATE UNIQUE INDEX live_events_one_row_per_execution ON live_events (trade_id, fill_seq) "
                            + "WHERE kind = 'EXECUTION'",
                    "DROP INDEX live_events_risk",
                    "CREATE INDEX live_events_risk ON live_events (seq) WHERE " + EventQueries.RISK_KINDS)));

    /** The newest version this build knows. */
    public static final int LATEST_VERSION = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private LiveSchema() {
    }
}
