package dev.parallax.live.store;

/**
 * The selects of {@code live_events} for one schema version, each giving the columns
 * {@link EventRows#read} reads in this build's units. From version 7 they are the columns as stored.
 * A read-only store of an older file (which it may not migrate) converts them in the select: slippage
 * times 10,000 (it was a fraction, it is in bps now), an exit's symbol and closing side from its
 * trade's entry (older exits kept neither), and no fill type nor {@code partial} (an unreported fill);
 * before version 8 there is no {@code fill_seq} (and no execution).
 *
 * @param all      every event, in order
 * @param after    the events after the {@code seq} given as the one parameter, in order
 * @param fills    see {@link FillRows}
 * @param ofTrade  see {@link FillRows}
 * @param named    see {@link FillRows}
 * @param risk     see {@link FillRows}
 * @param ofOrder  see {@link FillRows}
 */
record EventQueries(String all, String after, String fills, String ofTrade, String named, String risk,
                    String ofOrder) {

    /** The version from which the columns hold this build's units (see {@link LiveSchema}). */
    static final int SINCE_VERSION = 7;
    /** The version that added executions ({@code fill_seq}) and their risk kind. */
    static final int EXECUTIONS_VERSION = 8;

    /** The risk kinds of version 5 to 7, the condition of their partial index. */
    static final String RISK_KINDS_BEFORE_EXECUTIONS = "kind IN ('DAILY_LOSS_LIMIT', 'DRAWDOWN_ALERT', 'BREAKER_RESET')";
    /** The risk kinds from version 8, the condition of its partial index. */
    static final String RISK_KINDS = "kind IN ('DAILY_LOSS_LIMIT', 'DRAWDOWN_ALERT', 'BREAKER_RESET', "
            + "'EXECUTION_WHILE_REFUSED')";

    private static final String STORED_BEFORE_EXECUTIONS = "seq, kind, trade_id, exit_id, symbol, side, size, price, "
            + "fee, slippage, latency_nanos, event_time_nanos, operator, reason, fill_type, partial";
    private static final String STORED = STORED_BEFORE_EXECUTIONS + ", fill_seq";
    private static final String ENTRY_OF_ROW = " FROM live_events e WHERE e.kind = 'ENTRY' "
            + "AND e.trade_id = live_events.trade_id)";
    private static final String CONVERTED = "seq, kind, trade_id, exit_id, "
            + "COALESCE(symbol, (SELECT e.symbol" + ENTRY_OF_ROW + ") AS symbol, "
            + "COALESCE(side, (SELECT CASE e.side WHEN 'BUY' THEN 'SELL' ELSE 'BUY' END" + ENTRY_OF_ROW + ") AS side, "
            + "size, price, fee, slippage * 10000 AS slippage, latency_nanos, event_time_nanos, operator, reason, "
            + "NULL AS fill_type, NULL AS partial, NULL AS fill_seq";

    /** The queries for a store of {@code schemaVersion}. */
    static EventQueries of(int schemaVersion) {
        String columns = schemaVersion >= EXECUTIONS_VERSION ? STORED
                : schemaVersion >= SINCE_VERSION ? STORED_BEFORE_EXECUTIONS + ", NULL AS fill_seq" : CONVERTED;
        String select = "SELECT " + columns + " FROM live_events";
        String risk = schemaVersion >= EXECUTIONS_VERSION ? RISK_KINDS : RISK_KINDS_BEFORE_EXECUTIONS;
        return new EventQueries(select + " ORDER BY seq", select + " WHERE seq > ? ORDER BY seq",
                select + " WHERE seq <= ? AND kind IN ('ENTRY', 'EXIT', 'EXECUTION') ORDER BY seq",
                select + " WHERE seq >= (SELECT seq FROM live_events WHERE kind = 'ENTRY' AND trade_id = ?)"
                        + " AND seq <= ? AND trade_id = ? ORDER BY seq",
                select + " WHERE kind = 'ENTRY' AND trade_id = ? UNION ALL "
                        + select + " WHERE kind = 'EXIT' AND exit_id <> '' AND exit_id = ? UNION ALL "
                        + select + " WHERE kind = 'EXECUTION' AND trade_id = ?",
                select + " WHERE " + risk + " AND seq <= ? ORDER BY seq",
                select + " WHERE kind = 'EXECUTION' AND trade_id = ? ORDER BY seq");
    }
}
