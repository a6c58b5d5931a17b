package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertSink;
import dev.parallax.metrics.EquityCurve;
import dev.parallax.metrics.PerformanceReport;
import dev.parallax.metrics.TradeStats;
import dev.parallax.parity.ParityTracker;
import dev.parallax.sim.api.Fill;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live record of one strategy: entries and exits of named trades and executions that name
 * none ({@link #recordExecution}), with their fees, price marks, balance,
 * equity, realised and unrealised P&amp;L, open positions, performance, risk limits and daily
 * summaries. See the package description for the P&amp;L conventions.
 *
 * <p>Every accepted event is first checked (a bad one throws and changes nothing, in memory or in
 * the store), offered to the parity tracker, then written to the {@link LiveEventStore} in one
 * transaction together with the risk events it caused and the alerts it raised (a parity disable is
 * saved after that write). A method that returns normally has made its event durable (inside a
 * commit group, see {@link #beginGroup()}, only once the group is committed): a tracker reopened on
 * the same store, after a
 * restart or a crash, holds exactly the events that were acknowledged this way, and gives the same
 * figures. If the store fails, the call throws {@link LiveStoreException} and the tracker reloads
 * its state from the store, so memory never runs ahead of what is durable. Every
 * {@link LiveTrackerBuilder#snapshotEvery snapshotEvery} events (and on close) a
 * {@link StateSnapshot} of the state is written with the event, so that opening loads it and
 * replays only the events after it. An attached parity tracker's state rides in the snapshot; on a
 * store that keeps parity trades ({@link LiveEventStore#keepsParityTrades()}) its completed trades
 * are written in the snapshot's transaction and then leave its memory, so neither memory nor the
 * snapshot grows with them.
 *
 * <p>Risk limits: when the day's loss reaches the daily loss limit the circuit breaker trips and
 * {@link #recordEntry} throws {@link EntryRefusedException} until the next trading day or
 * {@link #resetCircuitBreaker}; when the drawdown reaches the maximum drawdown an alert is raised.
 * Both are recorded as {@link RiskEvent}s and sent to the alert sinks. Exits and marks are never
 * refused by a limit: they record what already happened.
 *
 * <p>Input fed more than once (a file re-read after a restart) goes through
 * {@link #record(LiveEvent, EventOrigin)}, which skips what is already recorded under its input id.
 * A tracker opened {@link LiveTrackerBuilder#readOnly() read-only} shows what is recorded and throws
 * {@link IllegalStateException} from every method that records.
 *
 * <p>Alerts: a risk event and a parity alert raised by offering the fill to the parity tracker are
 * written to the store's alert outbox in the transaction of the event ({@link LiveEventStore#keepsAlerts()}).
 * A daemon thread started with the tracker delivers them to the alert sinks with retries
 * ({@link AlertDelivery}), marks them delivered, and on open delivers what an earlier process left
 * undelivered: at least once, each alert with a stable {@link Alert#id()}. Recording never waits for
 * a sink. A store without an outbox gets the same thread, fed from memory (lost if the process dies).
 * A read-only tracker starts no thread and delivers nothing. If the store fails to write a fill the
 * parity tracker already took, the parity alerts it raised are delivered from memory.
 *
 * <p>Thread-safe: one lock serialises every call; sinks are called from the sender thread only.
 */
public final class LiveExecutionTracker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveExecutionTracker.class);

    private final LiveTrackerSettings settings;
    private final LiveEventStore store;
    private final ParityFeed parity;
    /** What snapshots save of the parity tracker; empty without one. */
    private final Optional<ParityCheckpoints> checkpoints;
    private final MemoryOutbox unstoredAlerts = new MemoryOutbox();
    private final Optional<AlertSender> sender;
    private final Clock clock;
    private final int snapshotEvery;
    private final Object lock = new Object();
    private TrackerState state;
    /** How many events the newest stored snapshot covers; 0 when there is none. */
    private long snapshotCount;
    /** The size in bytes of the newest stored snapshot; 0 when there is none. */
    private long snapshotBytes;
    /**
     * How many events have been offered to the parity tracker: all of them, except inside a commit
     * group, whose fills are offered once it commits. A snapshot's parity state covers this many.
     */
    private long parityOffered;
    /**
     * False while the newest snapshot lacks the parity state of its events (it was written without a
     * parity tracker, or its parity state was refused), so closing saves one even if nothing was recorded.
     */
    private boolean paritySaved = true;
    /** The newest event recorded or replayed, whose digest a snapshot carries; null before the first. */
    private LiveEvent lastEvent;
    /** True while a commit group is open. */
    private boolean grouped;
    /** Alerts and parity offers of the open group's events, sent once the group is committed. */
    private final List<Runnable> afterCommit = new ArrayList<>();
    /** True when the open group wrote alerts, so the sender is woken once it commits. */
    private boolean groupAlerts;
    private boolean closed;

    LiveExecutionTracker(LiveTrackerSettings settings, LiveEventStore store, List<AlertSink> sinks,
                         AlertDelivery delivery, Optional<ParityTracker> parityTracker, Clock clock,
                         int snapshotEvery) {
        this.settings = settings;
        this.store = store;
        this.parity = new ParityFeed(parityTracker);
        this.checkpoints = parityTracker.map(ParityCheckpoints::new);
        this.clock = clock;
        this.snapshotEvery = snapshotEvery;
        this.state = replay();
        if (checkpoints.map(ParityCheckpoints::needsSnapshot).orElse(false) && lastEvent != null) {
            saveSnapshotOnOpen();
        }
        if (store.readOnly()) {
            this.sender = Optional.empty();
        } else {
            List<AlertOutbox> outboxes = store.keepsAlerts() ? List.of(new StoreOutbox(), unstoredAlerts)
                    : List.of(unstoredAlerts);
            this.sender = Optional.of(new AlertSender(settings.strategy(), sinks, outboxes, delivery));
        }
        LOG.info("live tracker of strategy {} opened {} with {} events; equity {}", settings.strategy(),
                store.location(), state.eventCount(), state.ledger().equity());
        sender.ifPresent(AlertSender::start);
    }

    /**
     * The tracker of {@code settings.strategy()} on its SQLite file in the data folder, with the
     * discovered alert sinks, no parity tracker and the UTC system clock.
     *
     * @throws LiveStoreException if the database is corrupt, from a newer version, or was created
     *                            with another initial balance
     */
    public static LiveExecutionTracker open(LiveTrackerSettings settings) {
        return builder(settings).open();
    }

    /** A builder to choose the store, alert sinks, parity tracker and clock. */
    public static LiveTrackerBuilder builder(LiveTrackerSettings settings) {
        return new LiveTrackerBuilder(settings);
    }

    /**
     * Records the fill that opened a trade.
     *
     * @throws IllegalArgumentException if the trade id is already recorded (as a trade or as an exit
     *                                  id) or the time is out of order; nothing is recorded
     * @throws EntryRefusedException    if the circuit breaker is tripped; nothing is recorded
     * @throws LiveStoreException       if the store could not write it; nothing is recorded
     */
    public void recordEntry(LiveEntry entry) {
        record(notNull("entry", entry));
    }

    /**
     * Records a fill that closed all or part of an open trade.
     *
     * @throws IllegalArgumentException if the trade is unknown or already closed, the size is above
     *                                  the open size, the exit id is taken, or the time is before
     *                                  the entry or out of order; nothing is recorded
     * @throws LiveStoreException       if the store could not write it; nothing is recorded
     */
    public void recordExit(LiveExit exit) {
        record(notNull("exit", exit));
    }

    /**
     * Records a venue's execution that names no trade, by the shared ledger's rule for such a fill:
     * it closes the open trades of its symbol on the other side, oldest first, and opens (or adds to)
     * the trade named by its order id with what is left; in NETTING the account books it whole. It is
     * never refused for a risk limit: it happened. If it opens or adds to a trade while the circuit
     * breaker refuses entries, a {@link RiskEventKind#EXECUTION_WHILE_REFUSED} risk event and its
     * alert are recorded with it. Once the order's last fill ({@link dev.parallax.sim.api.Fill#partial()}
     * false) is recorded, the order's recorded fills summed by {@link dev.parallax.sim.api.Fill#combined}
     * go to the parity tracker, also when the earlier ones were recorded before a restart.
     *
     * @return {@link RecordOutcome#RECORDED} once it is durable, or {@link RecordOutcome#ALREADY_RECORDED}
     *         when the same fill is recorded under its order id and sequence already (nothing is written)
     * @throws IllegalArgumentException if another fill is recorded under its order id and sequence, its
     *                                  order id is a trade id or exit id, its order's recorded fills are
     *                                  of another symbol or side, or its time is out of order; nothing
     *                                  is recorded
     * @throws LiveStoreException       if the store could not write it; nothing is recorded
     */
    public RecordOutcome recordExecution(LiveExecution execution) {
        return record(notNull("execution", execution), Optional.empty());
    }

    /**
     * Records a market price of a symbol, which values its open trades.
     *
     * @throws IllegalArgumentException if the time is out of order; nothing is recorded
     * @throws LiveStoreException       if the store could not write it; nothing is recorded
     */
    public void mark(PriceMark mark) {
        record(notNull("mark", mark));
    }

    /**
     * Records an entry, exit, execution or mark read from an input that may be fed again (a file
     * re-read after a restart, a stream replayed by a bot). An event already recorded under
     * {@code origin}'s input id is skipped; otherwise it is checked and recorded like
     * {@link #recordEntry}, {@link #recordExit}, {@link #recordExecution} or {@link #mark}, and its
     * input id and position are written in the same transaction, so a restart resumes exactly after it.
     *
     * @return {@link RecordOutcome#RECORDED} once the event is durable, or
     *         {@link RecordOutcome#ALREADY_RECORDED} or {@link RecordOutcome#REFUSED_BEFORE} when it was
     *         fed before and nothing had to be written
     * @throws IllegalArgumentException      if the event breaks a rule, is a risk event, or its input id
     *                                       was recorded for a different event; nothing is recorded
     * @throws EntryRefusedException         if it is an entry and the circuit breaker is tripped; the
     *                                       refusal is kept under the input id, so it is not tried again
     * @throws LiveStoreException            if the store could not write it or does not keep input
     *                                       ids; nothing is recorded
     */
    public RecordOutcome record(LiveEvent event, EventOrigin origin) {
        notNull("event", event);
        notNull("origin", origin);
        if (event instanceof RiskEvent) {
            throw new IllegalArgumentException("event must be an entry, exit or mark, was a risk event; risk events "
                    + "are recorded by the tracker itself");
        }
        return record(event, Optional.of(origin));
    }

    /** How far {@code source} is recorded, or empty when nothing of it was recorded with a position. */
    public Optional<InputPosition> inputPosition(String source) {
        notNull("source", source);
        synchronized (lock) {
            ensureOpen();
            return store.inputPosition(source);
        }
    }

    /**
     * Re-allows entries today after the circuit breaker tripped; the equity now becomes the day's
     * starting equity. Recorded and alerted like a trip.
     *
     * @throws IllegalArgumentException if the operator or reason is blank
     * @throws IllegalStateException    if the breaker is not tripped
     */
    public void resetCircuitBreaker(String operator, String reason) {
        notBlank("operator", operator);
        notBlank("reason", reason);
        RiskEvent reset;
        synchronized (lock) {
            ensureWritable();
            if (!state.risk().state().tripped()) {
                throw new IllegalStateException("the circuit breaker of strategy " + settings.strategy()
                        + " is not tripped; there is nothing to reset");
            }
            reset = new RiskEvent(RiskEventKind.BREAKER_RESET, clock.instant(), "circuit breaker reset by "
                    + operator + ": " + reason, operator);
            state.apply(reset);
            persist(List.of(reset), Optional.empty(), identified(List.of(RiskAlerts.of(settings.strategy(), reset))));
            if (grouped) {
                return; // its alert is written in the group; the sender is woken once the group commits
            }
        }
        wakeSender();
    }

    /** Why an entry now (by the clock) would be refused, or empty when it would be accepted. */
    public Optional<String> entryRefusal() {
        return entryRefusal(clock.instant());
    }

    /**
     * Why an entry at {@code time} would be refused, or empty when it would be accepted: the check a
     * run on its own clock (a paper session over recorded data) makes with its event time, which is
     * the time its executions are judged at.
     */
    public Optional<String> entryRefusal(Instant time) {
        notNull("time", time);
        synchronized (lock) {
            return state.risk().entryRefusal(time);
        }
    }

    /** True when an entry now (by the clock) would pass the circuit breaker. */
    public boolean canEnter() {
        return entryRefusal().isEmpty();
    }

    /** Balance, equity, P&amp;L and fees as they stand. */
    public AccountFigures account() {
        synchronized (lock) {
            return state.account();
        }
    }

    /**
     * The signed open quantity of {@code symbol} (negative when short, 0 when flat or never held) in
     * the account's books: the symbol's net position in NETTING, the sum of its open trades in
     * PER_TRADE; the same number the backtest's account gives for the same fills.
     */
    public double position(String symbol) {
        notNull("symbol", symbol);
        synchronized (lock) {
            return state.ledger().position(symbol);
        }
    }

    /** The open part of every open trade, in entry order. */
    public List<OpenPosition> openPositions() {
        synchronized (lock) {
            return state.ledger().openPositions();
        }
    }

    /**
     * Every trade, open and closed, in entry order. Closed trades are not held in memory: they are
     * rebuilt from the store's entries and exits, so this reads the whole fill history.
     */
    public List<TradeRecord> trades() {
        synchronized (lock) {
            return historyLocked().records();
        }
    }

    /**
     * The trade {@code tradeId}, or empty when it was never opened; a closed one is read from the
     * store (from the whole history once executions were recorded, which may close any trade; an
     * order id whose trade closed and opened again gives the first).
     */
    public Optional<TradeRecord> trade(String tradeId) {
        notNull("tradeId", tradeId);
        synchronized (lock) {
            Optional<TradeRecord> open = state.ledger().openTrade(tradeId);
            if (open.isPresent()) {
                return open;
            }
            ensureOpen();
            List<TradeRecord> stored = state.ledger().executionsBooked() ? historyLocked().records()
                    : TradeHistory.of(store.tradeFills(tradeId, state.eventCount()), settings.positionMode()).records();
            return stored.stream().filter(t -> t.tradeId().equals(tradeId)).findFirst();
        }
    }

    /**
     * Performance figures by the metrics module: closed-trade statistics (over the closed trades read
     * from the store) and daily equity returns.
     */
    public LivePerformance performance() {
        synchronized (lock) {
            return performanceLocked(historyLocked());
        }
    }

    /** The initial balance followed by the ending equity of each trading day with an event. */
    public double[] dailyEquity() {
        synchronized (lock) {
            return dailyEquityLocked();
        }
    }

    /**
     * The summary of {@code date}, or empty when nothing was recorded that day. The day's figures are
     * kept in memory; the trades closed on it and its risk events are read from the store.
     */
    public Optional<DailySummary> dailySummary(LocalDate date) {
        notNull("date", date);
        synchronized (lock) {
            if (!state.days().has(date)) {
                return Optional.empty();
            }
            return summariesLocked(historyLocked()).stream().filter(d -> d.date().equals(date)).findFirst();
        }
    }

    /** The summary of every day with an event, in date order; reads the fill history from the store. */
    public List<DailySummary> dailySummaries() {
        synchronized (lock) {
            return summariesLocked(historyLocked());
        }
    }

    /** The circuit breaker as it stands. */
    public BreakerState breaker() {
        synchronized (lock) {
            return state.risk().state();
        }
    }

    /** Every limit trip, alert and reset, in the order they happened, read from the store. */
    public List<RiskEvent> riskEvents() {
        synchronized (lock) {
            return riskEventsLocked();
        }
    }

    /**
     * Alerts written to the store's outbox and not yet delivered to every sink, oldest first, at most
     * {@code max}; empty for a store without an outbox. Works on a read-only tracker too, which shows
     * what the writer has still to deliver.
     *
     * @throws IllegalArgumentException if {@code max} is not above 0
     */
    public List<Alert> undeliveredAlerts(int max) {
        synchronized (lock) {
            ensureOpen();
            return store.undeliveredAlerts(max);
        }
    }

    /** How many events are recorded, risk events included. */
    public long eventCount() {
        synchronized (lock) {
            return state.eventCount();
        }
    }

    /** State and performance now, for the JSON export. */
    public LiveSnapshot snapshot() {
        Instant now = clock.instant();
        synchronized (lock) {
            TradeHistory history = historyLocked();
            return new LiveSnapshot(settings.strategy(), now, state.account(), state.risk().state(),
                    state.ledger().openPositions(), history.records(), riskEventsLocked(),
                    performanceLocked(history), summariesLocked(history));
        }
    }

    /**
     * Opens a commit group: the events recorded until {@link #commitGroup()} are written in one
     * transaction, committed (and fsynced) once, which records many more events per second. Inside
     * a group a recording method returns once its event is checked, applied and written, but the
     * event is <em>not durable</em> until {@link #commitGroup()} returns: acknowledge it to others
     * only then. Alerts and parity offers of the group's events are sent after the commit. If a
     * write or the commit fails, the whole group is rolled back, the tracker reloads its state from
     * the store (so it shows none of the group) and the group ends; the exception says so.
     * {@link #close()} commits an open group.
     *
     * @throws IllegalStateException         if a group is already open, or the tracker is closed or read-only
     * @throws UnsupportedOperationException if the store cannot group writes
     */
    public void beginGroup() {
        synchronized (lock) {
            ensureWritable();
            if (grouped) {
                throw new IllegalStateException("a commit group is already open on the live tracker of strategy "
                        + settings.strategy() + "; commit it first");
            }
            store.beginGroup();
            grouped = true;
        }
    }

    /**
     * Commits the open group: when this returns, every event recorded since {@link #beginGroup()}
     * is durable; then their alerts and parity offers are sent.
     *
     * @throws LiveStoreException    if the commit failed; none of the group was written, and the
     *                               tracker shows none of it
     * @throws IllegalStateException if no group is open
     */
    public void commitGroup() {
        List<Runnable> toSend;
        boolean wake;
        synchronized (lock) {
            ensureOpen();
            if (!grouped) {
                throw new IllegalStateException("no commit group is open on the live tracker of strategy "
                        + settings.strategy());
            }
            try {
                store.commitGroup();
            } catch (RuntimeException e) {
                endGroupAfterFailure();
                state = replay();
                throw e;
            }
            checkpoints.ifPresent(ParityCheckpoints::groupCommitted);
            grouped = false;
            wake = groupAlerts;
            groupAlerts = false;
            toSend = List.copyOf(afterCommit);
            afterCommit.clear();
        }
        toSend.forEach(Runnable::run);
        if (wake) {
            wakeSender();
        }
    }

    /** True while a commit group is open. */
    public boolean inGroup() {
        synchronized (lock) {
            return grouped;
        }
    }

    /** The settings this tracker runs with. */
    public LiveTrackerSettings settings() {
        return settings;
    }

    /** Where the events are kept. */
    public String storeLocation() {
        return store.location();
    }

    /**
     * Commits an open commit group, stops the alert sender (giving it at most
     * {@link AlertDelivery#drainTimeout} to deliver what is waiting), saves a snapshot of the state
     * when events were recorded since the last one (so the next open replays nothing), then closes
     * the store; later recording fails. If the group's commit fails the store is closed all the same
     * and the failure is thrown. Reading what is in memory (account, open positions, breaker, daily
     * equity, event count) still works; what reads history from the store ({@link #trades()}, a closed
     * {@link #trade}, {@link #performance()}, daily summaries, {@link #riskEvents()}, {@link #snapshot()})
     * throws {@link IllegalStateException}. A snapshot that cannot be
     * saved is logged and skipped: the events are durable already, the next open only replays more
     * of them. Alerts left undelivered stay in the outbox for the next open.
     */
    @Override
    public void close() {
        RuntimeException groupFailure = null;
        if (inGroup()) {
            try {
                commitGroup();
            } catch (RuntimeException e) {
                groupFailure = e;
            }
        }
        sender.ifPresent(AlertSender::stop);
        synchronized (lock) {
            if (!closed) {
                closed = true;
                try {
                    if (!store.readOnly() && lastEvent != null
                            && (state.eventCount() > snapshotCount || !paritySaved)) {
                        saveSnapshot();
                    }
                } catch (RuntimeException e) {
                    LOG.warn("could not save a snapshot of strategy {} to {} on close; the next open replays the "
                            + "events after the last snapshot: {}", settings.strategy(), store.location(), e.getMessage());
                } finally {
                    store.close();
                }
            }
        }
        if (groupFailure != null) {
            throw groupFailure;
        }
    }

    private void record(LiveEvent event) {
        record(event, Optional.empty());
    }

    /** True while the alert sender thread runs; a read-only or closed tracker has none. */
    boolean alertSenderRunning() {
        return sender.map(AlertSender::running).orElse(false);
    }

    private RecordOutcome record(LiveEvent event, Optional<EventOrigin> origin) {
        Instant now = clock.instant();
        List<Alert> alerts;
        synchronized (lock) {
            ensureWritable();
            RecordedFills recorded = new RecordedFills(store);
            if (origin.isPresent()) {
                String inputId = origin.get().inputId();
                Optional<RecordOutcome> before = state.seenBefore(event, inputId, store.recordedInput(inputId), recorded);
                if (before.isPresent()) {
                    return before.get();
                }
            }
            if (event instanceof LiveExecution execution) {
                Optional<RecordOutcome> again = TrackerState.recordedBefore(execution, recorded);
                if (again.isPresent()) {
                    return again.get();
                }
            }
            try {
                state.check(event, now, settings.maxTimeSkew(), recorded);
            } catch (EntryRefusedException refused) {
                if (origin.isPresent()) {
                    persistRefusal((LiveEntry) event, origin.get());
                }
                throw refused;
            }
            Optional<Fill> compared = compared(event, recorded);
            List<LiveEvent> batch = new ArrayList<>(3);
            batch.add(event);
            List<RiskEvent> caused = new ArrayList<>(state.apply(event));
            for (RiskEvent risk : caused) {
                state.apply(risk);
            }
            batch.addAll(caused);
            List<Alert> risk = new ArrayList<>(caused.size());
            caused.forEach(r -> risk.add(RiskAlerts.of(settings.strategy(), r)));
            if (grouped) {
                persist(batch, origin, identified(risk));
                long count = state.eventCount();
                afterCommit.add(() -> offerCommitted(compared, count));
                return RecordOutcome.RECORDED;
            }
            alerts = new ArrayList<>(risk.size());
            parity.offer(compared, fromParity -> commit(batch, origin, risk, fromParity, alerts));
        }
        if (!alerts.isEmpty()) {
            wakeSender(); // most events raise none: the sender is not disturbed for them
        }
        return RecordOutcome.RECORDED;
    }

    /**
     * What the parity tracker compares of {@code event}, recorded now: an entry's or compared exit's
     * fill; for an execution, its order summed when it is the order's last fill ({@link ParityFills}),
     * from the order's fills in the store. A fill after the order's last one compares nothing, which
     * is logged.
     */
    private Optional<Fill> compared(LiveEvent event, RecordedFills recorded) {
        if (!(event instanceof LiveExecution execution) || !parity.attached()) {
            return event.parityFill();
        }
        List<LiveExecution> before = recorded.ofOrder(execution.orderId());
        if (before.stream().anyMatch(LiveExecution::lastOfOrder)) {
            LOG.warn("fill {} of order '{}' of strategy {} came after the order's last fill; it is recorded, but parity "
                    + "compared the order without it", execution.sequence(), execution.orderId(), settings.strategy());
        }
        return ParityFills.recording(execution, before);
    }

    /**
     * Writes {@code batch} with its risk and parity alerts (ids given here) in one transaction and
     * adds the alerts written to {@code written}. If the write fails, the parity tracker has already
     * taken the fill and changed its status, so its alerts are delivered from memory instead.
     */
    private void commit(List<LiveEvent> batch, Optional<EventOrigin> origin, List<Alert> risk, List<Alert> fromParity,
                        List<Alert> written) {
        List<Alert> raised = new ArrayList<>(risk);
        raised.addAll(fromParity);
        List<Alert> alerts = identified(raised);
        try {
            persist(batch, origin, alerts);
        } catch (RuntimeException e) {
            unstoredAlerts.add(alerts.subList(risk.size(), alerts.size()));
            wakeSender();
            throw e;
        }
        written.addAll(alerts);
    }

    /**
     * {@code raised} with ids that are stable for this database: each is derived from the alert's
     * content, the number of events recorded with it and its place in the batch.
     */
    private List<Alert> identified(List<Alert> raised) {
        return identified(raised, state.eventCount());
    }

    /** {@code raised} with ids derived from their content, {@code eventCount} and their place in the list. */
    private static List<Alert> identified(List<Alert> raised, long eventCount) {
        if (raised.isEmpty()) {
            return List.of();
        }
        List<Alert> out = new ArrayList<>(raised.size());
        for (int i = 0; i < raised.size(); i++) {
            Alert alert = raised.get(i);
            out.add(alert.withId(alert.contentId("live event " + eventCount + " alert " + i)));
        }
        return out;
    }

    /**
     * Offers a fill of a committed group to the parity tracker, which saves a disable it causes only
     * now, after the commit, so a rolled-back group never leaves one. The parity alerts it raises have
     * no event to share a transaction with, so they wait in the memory outbox: a crash before they
     * are delivered loses them, while the disable itself is saved.
     */
    private void offerCommitted(Optional<Fill> compared, long eventCount) {
        parity.offer(compared, fromParity -> {
            if (!fromParity.isEmpty()) {
                unstoredAlerts.add(identified(fromParity, eventCount));
                wakeSender();
            }
        });
        parityOffered = eventCount;
    }

    private void wakeSender() {
        sender.ifPresent(AlertSender::wake);
    }

    /** Keeps a refused entry's input id and position, so the input fed again skips it. */
    private void persistRefusal(LiveEntry entry, EventOrigin origin) {
        try {
            store.appendRefusal(entry, origin);
        } catch (UnsupportedOperationException e) {
            throw new LiveStoreException("could not write to " + store.location() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (grouped) {
                endGroupAfterFailure();
                state = replay();
            }
            throw e;
        }
    }

    /**
     * Writes a batch already applied in memory, with its alerts in the same transaction when the
     * store keeps an outbox (else the alerts wait in memory once the batch is written, or once its
     * group commits), and with a snapshot in that transaction once {@code snapshotEvery} events have
     * been recorded since the last one; on failure rebuilds memory from the store.
     */
    private void persist(List<LiveEvent> batch, Optional<EventOrigin> origin, List<Alert> alerts) {
        boolean durable = store.keepsAlerts();
        List<Alert> stored = durable ? alerts : List.of();
        LiveEvent previous = lastEvent;
        lastEvent = batch.get(batch.size() - 1);
        try {
            if (snapshotDue()) {
                writeSnapshot(grouped, (snapshot, trades) -> {
                    if (trades.isPresent()) {
                        store.appendWithSnapshot(batch, origin, stored, snapshot, trades.get());
                    } else {
                        store.appendWithSnapshot(batch, origin, stored, snapshot);
                    }
                });
            } else {
                store.append(batch, origin, stored);
            }
            if (!grouped) {
                parityOffered = state.eventCount();
            }
        } catch (RuntimeException e) {
            lastEvent = previous;
            endGroupAfterFailure();
            LOG.error("could not write {} event(s) of strategy {} to {}; reloading the state from the store",
                    batch.size(), settings.strategy(), store.location(), e);
            try {
                state = replay();
            } catch (RuntimeException reload) {
                closed = true;
                e.addSuppressed(reload);
            }
            throw e instanceof LiveStoreException ? e
                    : new LiveStoreException("could not write to " + store.location() + ": " + e.getMessage(), e);
        }
        if (grouped) {
            groupAlerts |= !alerts.isEmpty();
            if (!durable && !alerts.isEmpty()) {
                afterCommit.add(() -> unstoredAlerts.add(alerts));
            }
        } else if (!durable) {
            unstoredAlerts.add(alerts);
        }
    }

    /**
     * True when {@code snapshotEvery} events were recorded since the newest snapshot and, so that
     * writing snapshots costs each event a bounded amount however large the state grows, at least
     * one per {@link LiveTrackerBuilder#SNAPSHOT_BYTES_PER_EVENT} bytes of that snapshot.
     */
    private boolean snapshotDue() {
        long since = state.eventCount() - snapshotCount;
        return since >= snapshotEvery && since * LiveTrackerBuilder.SNAPSHOT_BYTES_PER_EVENT >= snapshotBytes;
    }

    /**
     * Ends the open group after the store rolled it back: its alerts and parity offers are dropped, and
     * the parity trades its snapshots wrote stay in the parity tracker's memory for the next one.
     */
    private void endGroupAfterFailure() {
        if (grouped) {
            checkpoints.ifPresent(ParityCheckpoints::groupEnded);
            LOG.error("the commit group of strategy {} in {} was rolled back; {} recorded event(s) of it are not "
                    + "written", settings.strategy(), store.location(), afterCommit.size());
            grouped = false;
            groupAlerts = false;
            afterCommit.clear();
        }
    }

    /**
     * The events the parity tracker's state covers. Outside a commit group the event being written
     * has already been offered to the parity tracker, so its state covers every event; inside one it
     * covers the events before the group.
     */
    private long parityCovers() {
        return grouped ? parityOffered : state.eventCount();
    }

    /** The snapshot of the state, with what it carries of the parity tracker when one is attached. */
    private StateSnapshot stateSnapshot(Optional<ParityCheckpoints.Saved> saved) {
        return StateSnapshots.encode(state, settings, EventDigest.of(lastEvent),
                saved.map(ParityCheckpoints.Saved::part));
    }

    /**
     * Saves a snapshot of every event written, in a transaction of its own, with the parity trades
     * completed since the last one; once it is committed they leave the parity tracker's memory.
     *
     * @throws LiveStoreException if it could not be written; the trades then stay in memory
     */
    private void saveSnapshot() {
        writeSnapshot(false, (snapshot, trades) -> {
            if (trades.isPresent()) {
                store.saveSnapshot(snapshot, trades.get());
            } else {
                store.saveSnapshot(snapshot);
            }
        });
    }

    /**
     * Takes what the snapshot carries of the parity tracker, encodes the snapshot, hands both to
     * {@code write} (which writes them in one transaction, or throws), then notes what was written:
     * the parity checkpoint (whose trades leave memory now, or when the group commits, {@code inGroup})
     * and the snapshot's count and size.
     */
    private void writeSnapshot(boolean inGroup, BiConsumer<StateSnapshot, Optional<ParityTrades>> write) {
        Optional<ParityCheckpoints.Saved> saved = checkpoints.flatMap(c -> c.checkpoint(parityCovers(), inGroup));
        StateSnapshot snapshot = stateSnapshot(saved);
        write.accept(snapshot, saved.flatMap(ParityCheckpoints.Saved::trades));
        saved.ifPresent(part -> checkpoints.get().written(part, inGroup));
        snapshotCount = state.eventCount();
        snapshotBytes = snapshot.size();
        paritySaved = !inGroup;
    }

    /**
     * Saves a snapshot right after opening, when the parity tracker started a new generation of the
     * store's parity trades, so that its completed trades leave memory at once rather than at the
     * next snapshot. A failure is logged: the next open rebuilds the parity state again.
     */
    private void saveSnapshotOnOpen() {
        try {
            saveSnapshot();
            LOG.info("moved the completed parity trades of strategy {} to {}", settings.strategy(), store.location());
        } catch (RuntimeException e) {
            LOG.warn("could not save a snapshot of strategy {} to {} after opening; the completed parity trades stay "
                    + "in memory until the next snapshot: {}", settings.strategy(), store.location(), e.getMessage());
        }
    }

    /**
     * The state of the store's events: the newest snapshot and the events after it, or every event
     * when there is no snapshot or it does not check out (then a warning says why). The parity
     * tracker is restored from the snapshot's parity state and offered the fills after it; when the
     * snapshot has none, or the tracker refuses it (a warning says why), it is offered every stored
     * fill, streamed from the store ({@link LiveEventStore#forEachFill}) without holding them, and
     * closing the tracker saves a snapshot with the parity state even if nothing was recorded. When
     * the store keeps parity trades, a full replay sends the completed trades to a new generation of
     * them, and the tracker saves a snapshot as soon as it is open. A parity tracker that already
     * sends its trades to the store (a reload after a failed write) is left as it is: it holds every
     * fill the store holds.
     */
    private TrackerState replay() {
        TrackerState rebuilt = null;
        List<LiveEvent> tail = List.of();
        Optional<StateSnapshots.ParityPart> parityPart = Optional.empty();
        snapshotCount = 0;
        snapshotBytes = 0;
        lastEvent = null;
        paritySaved = true;
        Optional<StateSnapshot> snapshot = store.latestSnapshot();
        if (snapshot.isPresent()) {
            StateSnapshot stored = snapshot.get();
            try {
                StateSnapshots.Restored restored = StateSnapshots.decode(stored, settings);
                List<LiveEvent> fromLast = store.loadAfter(stored.eventCount() - 1);
                if (fromLast.isEmpty() || EventDigest.of(fromLast.get(0)) != restored.lastEventDigest()) {
                    throw new IllegalArgumentException("its last event is not the stored event " + stored.eventCount()
                            + (fromLast.isEmpty() ? " (the store holds fewer events)" : ""));
                }
                rebuilt = restored.state();
                parityPart = restored.parity();
                lastEvent = fromLast.get(0);
                tail = fromLast.subList(1, fromLast.size());
                snapshotCount = stored.eventCount();
                snapshotBytes = stored.size();
            } catch (RuntimeException e) {
                if (e instanceof LiveStoreException) {
                    throw e;
                }
                LOG.warn("ignoring the snapshot of {} events of strategy {} in {}: {}; replaying every event instead",
                        stored.eventCount(), settings.strategy(), store.location(), e.getMessage());
            }
        }
        if (rebuilt == null) {
            rebuilt = new TrackerState(settings, settings.initialBalance());
            tail = store.load();
        }
        for (LiveEvent event : tail) {
            rebuilt.apply(event);
            lastEvent = event;
        }
        if (checkpoints.isPresent() && !checkpoints.get().archiving()) {
            replayParity(rebuilt, tail, parityPart, checkpoints.get());
        }
        parityOffered = rebuilt.eventCount();
        return rebuilt;
    }

    /**
     * Brings the parity tracker to the events of {@code rebuilt}: from the snapshot's parity state and
     * the fills after it when the tracker takes it, else from every stored fill.
     */
    private void replayParity(TrackerState rebuilt, List<LiveEvent> tail, Optional<StateSnapshots.ParityPart> part,
                              ParityCheckpoints saved) {
        paritySaved = false;
        if (snapshotCount == 0) {
            saved.startArchive(store, 0);
            ParityFills compared = ParityFills.fromFirstEvent();
            tail.forEach(event -> parity.replay(compared.of(event)));
            return;
        }
        if (part.isPresent() && saved.restore(part.get(), store)) {
            paritySaved = part.get().eventCount() == snapshotCount;
            List<LiveEvent> after = part.get().eventCount() == snapshotCount ? tail
                    : store.loadAfter(part.get().eventCount());
            ParityFills compared = ParityFills.fromStore(store);
            for (int i = 0; i < after.size() && part.get().eventCount() + i < rebuilt.eventCount(); i++) {
                parity.replay(compared.of(after.get(i)));
            }
            return;
        }
        if (part.isEmpty()) {
            LOG.info("the snapshot of strategy {} in {} holds no parity state; offering every stored fill to the "
                    + "parity tracker", settings.strategy(), store.location());
        }
        saved.startArchive(store, part.map(StateSnapshots.ParityPart::generation).orElse(0L));
        ParityFills compared = ParityFills.fromFirstEvent();
        store.forEachFill(rebuilt.eventCount(), event -> parity.replay(compared.of(event)));
    }

    /**
     * The trades of the events this tracker holds, rebuilt from the store's entries and exits (up to
     * its event count, so a read-only tracker shows what it opened with even while a writer goes on).
     */
    private TradeHistory historyLocked() {
        ensureOpen();
        TradeHistory history = new TradeHistory(settings.positionMode());
        store.forEachFill(state.eventCount(), history::accept);
        return history;
    }

    private List<RiskEvent> riskEventsLocked() {
        ensureOpen();
        return List.copyOf(store.riskEvents(state.eventCount()));
    }

    private LivePerformance performanceLocked(TradeHistory history) {
        return new LivePerformance(TradeStats.of(history.closedTrades()),
                PerformanceReport.of(dailyReturnsLocked(), settings.metricOptions()));
    }

    private List<DailySummary> summariesLocked(TradeHistory history) {
        Map<LocalDate, List<RiskEvent>> risk = new HashMap<>();
        for (RiskEvent event : riskEventsLocked()) {
            risk.computeIfAbsent(state.risk().dayOf(event.time()), d -> new ArrayList<>()).add(event);
        }
        return state.days().summaries(history.closedByDay(settings.zone()), risk);
    }

    private double[] dailyEquityLocked() {
        return state.days().dailyEquity(settings.initialBalance());
    }

    /** Returns of the daily equity until ruin, as a backtest computes them ({@link EquityCurve#toReturnsUntilRuin}). */
    private double[] dailyReturnsLocked() {
        return EquityCurve.toReturnsUntilRuin(dailyEquityLocked());
    }

    private void ensureWritable() {
        ensureOpen();
        if (store.readOnly()) {
            throw new IllegalStateException("the live tracker of strategy " + settings.strategy() + " was opened "
                    + "read-only on " + store.location() + "; open it for writing to record");
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the live tracker of strategy " + settings.strategy()
                    + " is closed (or stopped after its store failed twice); open a new one on " + store.location());
        }
    }

    /** The store's outbox, read and updated under the tracker's lock like every other store call. */
    private final class StoreOutbox implements AlertOutbox {

        @Override
        public List<Alert> pending(int max) {
            synchronized (lock) {
                ensureOpen();
                return store.undeliveredAlerts(max);
            }
        }

        @Override
        public void delivered(Alert alert) {
            synchronized (lock) {
                ensureOpen();
                store.markAlertDelivered(alert.id(), clock.instant());
            }
        }
    }
}
