package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertKind;
import dev.parallax.alert.AlertSeverity;
import dev.parallax.parity.state.DisableState;
import dev.parallax.parity.state.DisableStateStore;
import dev.parallax.parity.state.ParityStateException;
import dev.parallax.sim.api.Fill;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backtest-live parity of one strategy: records both fills of each trade (a {@link Fill} from the
 * backtest and one from live trading), matches them by trade id, which is the fills'
 * {@link Fill#orderId()}, the client order id both sides share, reports per day, moves the {@link ParityStatus} with the thresholds and disables the
 * strategy when a disable trigger fires. Obtain one from a {@link ParityTrackerRegistry}.
 *
 * <p>Every time a trade completes (its second side is recorded, in either order) the report of
 * the day of its live fill is evaluated by the {@link ThresholdPolicy}. Once the day has enough
 * trades for its tracking error to count, the status follows the day's tracking-error level up and
 * down between ACTIVE, WARNING and CRITICAL, each change sent as an alert; before that (early in
 * a new day, say) the status stays where it was. When a disable trigger fires the tracker, once: becomes DISABLED with the
 * reason, saves the disabled state atomically, and sends a CRITICAL alert to every sink (which
 * appends it to the alert log and logs a CRITICAL line). A disabled tracker keeps recording
 * trades, so nothing is lost, but stays DISABLED, across restarts too, until {@link #reset}.
 *
 * <p>Across restarts: the live tracker saves this tracker's whole state with its snapshot
 * ({@link #saveState}), restores it on open ({@link #restoreState}) and replays the live fills after
 * it ({@link #replayLive}), which raises no alert and never undoes an operator's reset.
 *
 * <p>Memory: by default every completed trade stays in memory. Given a {@link TradeArchive}
 * ({@link #useArchive}, {@link #restoreState(byte[], TradeArchive)}), completed trades leave memory
 * at each {@link #checkpoint()} written to it, and recording an execution whose twin has not come yet
 * looks its id up in the archive, so what the archive throws reaches the caller, with nothing recorded.
 *
 * <p>Thread-safe: every method may be called from any thread. Recording and reading are
 * serialised by one lock; alerts are sent after the lock is released, in the order the changes
 * happened for any one thread.
 */
public final class ParityTracker {

    private static final Logger LOG = LoggerFactory.getLogger(ParityTracker.class);

    private final StrategyName strategy;
    private final ParitySettings settings;
    private final ThresholdPolicy policy;
    private final DisableStateStore store;
    private final AlertBroadcaster alerts;
    private final Clock clock;
    private final DailyReportAssembler assembler;
    private final Object lock = new Object();
    private TradeLedger ledger;
    private ParityStatus status;
    private String disableReason;
    /** The day judged for the disable in force; empty when not disabled or not known. */
    private Optional<LocalDate> disabledDay;
    /**
     * The day of the disable the newest reset cleared (from the saved state or {@link #reset}):
     * a replay never disables the strategy again for it. Empty when there is none.
     */
    private Optional<LocalDate> clearedDay;
    /**
     * The live executions the tracker had taken when that reset was made: a replayed disable of the
     * cleared day from a later execution is a new disable and is applied. Empty when not known.
     */
    private OptionalLong clearedAfter;

    /**
     * A tracker that starts from the saved state of {@code strategy}: DISABLED, with the saved
     * reason, if the state says so.
     *
     * @throws ParityStateException if the saved state file is unreadable or corrupt
     */
    ParityTracker(StrategyName strategy, ParitySettings settings, DisableStateStore store, AlertBroadcaster alerts,
                  Clock clock) {
        this.strategy = strategy;
        this.settings = settings;
        this.policy = new ThresholdPolicy(settings.thresholds());
        this.store = store;
        this.alerts = alerts;
        this.clock = clock;
        this.assembler = new DailyReportAssembler(strategy.value(), settings);
        this.ledger = new TradeLedger(settings.zone());
        Optional<DisableState> saved = store.load(strategy);
        boolean disabled = saved.map(DisableState::disabled).orElse(false);
        this.status = disabled ? ParityStatus.DISABLED : ParityStatus.ACTIVE;
        this.disableReason = disabled ? saved.get().reason() : "";
        this.disabledDay = disabled ? saved.get().day() : Optional.empty();
        this.clearedDay = saved.filter(state -> !state.disabled()).flatMap(DisableState::day);
        this.clearedAfter = saved.filter(state -> !state.disabled()).map(DisableState::liveExecutions)
                .orElse(OptionalLong.empty());
        if (disabled) {
            LOG.warn("strategy {} starts DISABLED from {}: {}", strategy, store.fileOf(strategy), disableReason);
        }
    }

    /** The strategy this tracker follows. */
    public String strategy() {
        return strategy.value();
    }

    /**
     * Records how the backtest executed a trade: its fill, under the trade id {@code backtest.orderId()}.
     *
     * @return the completed trade when its live fill was already recorded, else empty
     * @throws IllegalArgumentException if the trade id already has a backtest fill, if the notional
     *                                  ({@code price * size}) is not a finite number above 0, if the live
     *                                  fill recorded first has another symbol or side, or if the
     *                                  completed trade's figures or its day's totals would not be
     *                                  finite numbers (extreme prices or sizes); nothing recorded changes
     */
    public Optional<TradeComparison> recordBacktest(Fill backtest) {
        notNull("backtest", backtest);
        List<Alert> pending = new ArrayList<>();
        Optional<TradeComparison> completed;
        synchronized (lock) {
            completed = ledger.addBacktest(backtest);
            completed.ifPresent(trade -> judgeAndSave(trade, pending, false));
        }
        pending.forEach(alerts::send);
        return completed;
    }

    /**
     * Records how live trading executed a trade: its fill, under the trade id {@code live.orderId()}.
     * A fill without reported slippage or latency carries 0 for them.
     *
     * @return the completed trade when its backtest fill was already recorded, else empty
     * @throws IllegalArgumentException if the trade is already completed or already has a live
     *                                  fill, if its slippage is not strictly between -10,000 and
     *                                  10,000 bps, if its symbol or side differs from its backtest
     *                                  twin's (the message names both), or if the completed trade's
     *                                  figures or its day's totals would not be finite numbers
     *                                  (extreme prices or sizes); nothing recorded changes
     */
    public Optional<TradeComparison> recordLive(Fill live) {
        notNull("live", live);
        List<Alert> pending = new ArrayList<>();
        Optional<TradeComparison> completed;
        synchronized (lock) {
            completed = ledger.addLive(live);
            completed.ifPresent(trade -> judgeAndSave(trade, pending, false));
        }
        pending.forEach(alerts::send);
        return completed;
    }

    /**
     * Records how live trading executed a trade, like {@link #recordLive}, but hands the alerts it
     * raises to {@code handoff} instead of the sinks, and saves a disable only after the handoff
     * returned. The handoff runs once the trade is recorded and judged, under this tracker's lock;
     * the live tracker writes the fill and the alerts to its store in it, so a crash never leaves a
     * saved disable whose fill was not recorded. If the handoff throws, a disable is saved all the
     * same (the strategy stays disabled) and the exception propagates. In this path the disable alert
     * cannot say that saving failed; that failure is logged at ERROR.
     *
     * @throws IllegalArgumentException as {@link #recordLive}, before the handoff runs; nothing
     *                                  recorded changes
     */
    public Optional<TradeComparison> recordLive(Fill live, Consumer<List<Alert>> handoff) {
        notNull("live", live);
        notNull("handoff", handoff);
        synchronized (lock) {
            Optional<TradeComparison> completed = ledger.addLive(live);
            List<Alert> pending = new ArrayList<>();
            Optional<DisableState> disable = completed.flatMap(trade -> judge(trade, pending, false));
            disable.ifPresent(state -> pending.add(disabledAlert(state, "")));
            try {
                handoff.accept(List.copyOf(pending));
            } finally {
                disable.ifPresent(this::save);
            }
            return completed;
        }
    }

    /**
     * Records a live execution replayed from the live store when it is opened: the execution was
     * recorded, judged and alerted when it first arrived, so the alerts raised now are dropped. Its
     * day is judged again, so the status ends as when it was first recorded, and a disable whose save
     * a crash prevented is saved now (fail closed), with one exception: a replay never disables the
     * strategy again for the day of the disable that an operator's reset cleared, so a reset sticks
     * across restarts: where that disable would come back the status is ACTIVE, as the reset left it.
     *
     * @return the completed trade when its backtest execution was already recorded, else empty
     * @throws IllegalArgumentException as {@link #recordLive}; nothing recorded changes
     */
    public Optional<TradeComparison> replayLive(Fill live) {
        notNull("live", live);
        synchronized (lock) {
            Optional<TradeComparison> completed = ledger.addLive(live);
            List<Alert> dropped = new ArrayList<>();
            completed.flatMap(trade -> judge(trade, dropped, true)).ifPresent(this::save);
            return completed;
        }
    }

    /**
     * The whole state of this tracker in a compact binary form, to be saved with the live events it
     * was derived from and given back to {@link #restoreState} when they are opened again: every
     * one-sided execution, every completed trade, each day's running totals, the recorded returns,
     * the status and the disable reason, under a format version and a checksum. The bytes are opaque.
     *
     * @throws IllegalStateException if completed trades go to an archive ({@link #useArchive}): save
     *                               a {@link #checkpoint()} instead
     */
    public byte[] saveState() {
        synchronized (lock) {
            return ParityStateFormat.encode(settings.limits(), ledger, status, disableReason, disabledDay, false);
        }
    }

    /**
     * Sends this tracker's completed trades to {@code archive} from now on: its memory then holds the
     * one-sided executions, the trades completed since the last {@linkplain #archived archived}
     * checkpoint, and each day's totals and returns, however many trades completed before. Taken only
     * by a tracker that holds no live execution yet, and only with an empty archive; use
     * {@link #restoreState(byte[], TradeArchive)} to go on from a checkpoint instead.
     *
     * @throws IllegalStateException    if the tracker already holds live executions or an archive
     * @throws IllegalArgumentException if {@code archive} is not empty
     */
    public void useArchive(TradeArchive archive) {
        notNull("archive", archive);
        synchronized (lock) {
            if (ledger.holdsLive()) {
                throw new IllegalStateException("the parity tracker of strategy " + strategy + " already holds live "
                        + "executions; an archive is taken only by one that holds none");
            }
            ledger.useArchive(archive);
        }
    }

    /**
     * The state of this tracker for a checkpoint, with the completed trades to add to the archive
     * with it (see {@link ParityCheckpoint}): write both in one transaction, then call
     * {@link #archived}.
     *
     * @throws IllegalStateException if no archive is in use
     */
    public ParityCheckpoint checkpoint() {
        synchronized (lock) {
            if (!ledger.archiving()) {
                throw new IllegalStateException("the parity tracker of strategy " + strategy + " has no archive; "
                        + "save its whole state with saveState()");
            }
            return new ParityCheckpoint(ParityStateFormat.encode(settings.limits(), ledger, status, disableReason,
                    disabledDay, true), ledger.unarchived());
        }
    }

    /**
     * Tells the tracker that {@code checkpoint}'s trades and state were written to the archive
     * together: the trades are dropped from memory and read from the archive from now on. Calling it
     * again for the same checkpoint changes nothing.
     *
     * @throws IllegalStateException if no archive is in use
     */
    public void archived(ParityCheckpoint checkpoint) {
        notNull("checkpoint", checkpoint);
        synchronized (lock) {
            if (!ledger.archiving()) {
                throw new IllegalStateException("the parity tracker of strategy " + strategy + " has no archive");
            }
            ledger.archived(checkpoint.trades());
        }
    }

    /**
     * Replaces this tracker's trades by those of a state {@link #saveState} produced, so that only
     * the live executions recorded after it need to be offered again. It is taken only by a tracker
     * that holds no live execution yet and no archive, and was given exactly the backtest executions
     * and returns the saved tracker had been given (in any order), under the same limits; anything
     * else, a checkpoint's state whose trades are in an archive, and bytes that are corrupt or of
     * another format, is refused with nothing changed.
     *
     * <p>The status: a disable in the saved state file wins (fail closed); else a saved DISABLED
     * status holds, and is saved to the state file (a crash may have prevented that), unless the state
     * file holds an operator's reset of that very disable, which then sticks; else the saved status.
     *
     * @throws IllegalArgumentException if the state is refused; the message says why
     * @throws IllegalStateException    if the tracker already sends its trades to an archive
     */
    public void restoreState(byte[] state) {
        notNull("state", state);
        restore(state, Optional.empty());
    }

    /**
     * Like {@link #restoreState(byte[])}, for the state of a {@link #checkpoint()} whose trades were
     * written to {@code archive}: the tracker goes on from it and keeps sending completed trades to
     * {@code archive}. The archive must hold exactly the trades the state counts as archived. A state
     * from {@link #saveState} is taken too, with an empty archive: its completed trades then go to the
     * archive at the next checkpoint.
     *
     * @throws IllegalArgumentException if the state is refused, or the archive holds another number
     *                                  of trades than the state counts; nothing changes
     * @throws IllegalStateException    if the tracker already sends its trades to an archive
     */
    public void restoreState(byte[] state, TradeArchive archive) {
        notNull("state", state);
        notNull("archive", archive);
        restore(state, Optional.of(archive));
    }

    private void restore(byte[] state, Optional<TradeArchive> archive) {
        synchronized (lock) {
            if (ledger.holdsLive()) {
                throw new IllegalArgumentException("the parity tracker of strategy " + strategy + " already holds "
                        + "live executions; a saved state is restored only into one that holds none");
            }
            if (ledger.archiving()) {
                throw new IllegalStateException("the parity tracker of strategy " + strategy + " already sends "
                        + "its trades to an archive; a saved state is restored only into one that has none");
            }
            ParityStateFormat.Decoded decoded = ParityStateFormat.decode(state, settings.limits());
            if (!decoded.ledger().sameInputs(ledger)) {
                throw new IllegalArgumentException("the saved parity state was built from "
                        + decoded.ledger().inputCount() + " backtest executions and returns, the tracker holds "
                        + ledger.inputCount() + " (or the same number with other content)");
            }
            if (archive.isPresent()) {
                decoded.ledger().attach(archive.get());
            } else if (decoded.ledger().archivedCount() > 0) {
                throw new IllegalArgumentException("the saved parity state keeps "
                        + decoded.ledger().archivedCount() + " completed trades "
                        + "in an archive; restore it with that archive");
            }
            ledger = decoded.ledger();
            if (status == ParityStatus.DISABLED) {
                return;
            }
            if (decoded.status() != ParityStatus.DISABLED) {
                status = decoded.status();
                return;
            }
            if (decoded.disabledDay().isPresent() && decoded.disabledDay().equals(clearedDay)
                    && !afterReset(decoded.ledger().liveCount())) {
                LOG.info("strategy {}: the saved parity state is DISABLED for {}, which an operator reset since; "
                        + "it stays ACTIVE", strategy, clearedDay.get());
                status = ParityStatus.ACTIVE;
                return;
            }
            status = ParityStatus.DISABLED;
            disableReason = decoded.disableReason();
            disabledDay = decoded.disabledDay();
            save(new DisableState(strategy.value(), true, disableReason, DisableState.AUTOMATIC, clock.instant(),
                    disabledDay));
        }
    }

    /**
     * Records the backtest's return for {@code date} (a fraction, 0.01 is 1%), compared with the
     * live return of the same day in the daily reports.
     *
     * @throws IllegalArgumentException if the return is not finite, not above -1, or already recorded
     */
    public void recordBacktestReturn(LocalDate date, double dailyReturn) {
        synchronized (lock) {
            ledger.addBacktestReturn(date, dailyReturn);
        }
    }

    /**
     * Records the live account's return for {@code date} (a fraction, 0.01 is 1%).
     *
     * @throws IllegalArgumentException if the return is not finite, not above -1, or already recorded
     */
    public void recordLiveReturn(LocalDate date, double dailyReturn) {
        synchronized (lock) {
            ledger.addLiveReturn(date, dailyReturn);
        }
    }

    /**
     * The completed trade with {@code tradeId}, empty if it is not completed.
     *
     * @throws IllegalStateException if the trade is archived and its archived bytes cannot be read;
     *                               what the archive throws passes through
     */
    public Optional<TradeComparison> trade(String tradeId) {
        notNull("tradeId", tradeId);
        synchronized (lock) {
            return ledger.completed(tradeId);
        }
    }

    /**
     * True if trade {@code tradeId} has its backtest fill recorded, completed or still waiting for its
     * live fill: what a caller asks before recording backtest fills that may be held already.
     */
    public boolean hasBacktest(String tradeId) {
        notNull("tradeId", tradeId);
        synchronized (lock) {
            return ledger.hasBacktest(tradeId);
        }
    }

    /** Number of trades recorded on both sides, archived ones included. */
    public long completedTrades() {
        synchronized (lock) {
            return ledger.completedCount();
        }
    }

    /** Every trade recorded on one side only, of all days. */
    public UnmatchedTrades unmatched() {
        synchronized (lock) {
            return ledger.unmatched();
        }
    }

    /** The parity report of {@code date} (a day in the configured zone); empty figures if nothing happened. */
    public DailyParityReport dailyReport(LocalDate date) {
        notNull("date", date);
        synchronized (lock) {
            return assembler.report(ledger, date);
        }
    }

    /** The current status. */
    public ParityStatus status() {
        synchronized (lock) {
            return status;
        }
    }

    /** True while the strategy is disabled. */
    public boolean isDisabled() {
        return status() == ParityStatus.DISABLED;
    }

    /** Why the strategy is disabled; empty when it is not. */
    public String disableReason() {
        synchronized (lock) {
            return disableReason;
        }
    }

    /** The dashboard summary as of today in the configured zone, by the tracker's clock. */
    public ParitySummary summary() {
        return summary(LocalDate.now(clock.withZone(settings.zone())));
    }

    /** The dashboard summary with trailing figures ending on {@code asOf}. */
    public ParitySummary summary(LocalDate asOf) {
        notNull("asOf", asOf);
        synchronized (lock) {
            UnmatchedTrades unmatched = ledger.unmatched();
            return new ParitySummary(strategy.value(), asOf, status, status == ParityStatus.DISABLED, disableReason,
                    ledger.completedCount(), unmatched.backtestOnlyCount(), unmatched.liveOnlyCount(),
                    assembler.recentAverageTrackingError(ledger, asOf), assembler.cumulativeDrift(ledger, asOf));
        }
    }

    /**
     * Re-enables a disabled strategy. The reset is saved (the state file then says enabled, by
     * {@code operator}, for {@code reason}) and sent to every sink, which records it in the alert
     * log. Recorded trades are kept; the next completed trade is judged afresh.
     *
     * @throws IllegalArgumentException if operator or reason is blank
     * @throws IllegalStateException    if the strategy is not disabled
     * @throws ParityStateException     if the reset cannot be saved; the strategy then stays disabled
     */
    public void reset(String operator, String reason) {
        notBlank("operator", operator);
        notBlank("reason", reason);
        Alert alert;
        synchronized (lock) {
            if (status != ParityStatus.DISABLED) {
                throw new IllegalStateException("strategy " + strategy + " is " + status
                        + ", not DISABLED; there is nothing to reset");
            }
            DisableState state = new DisableState(strategy.value(), false, reason, operator, clock.instant(),
                    disabledDay, OptionalLong.of(ledger.liveCount()));
            store.save(state);
            String previous = disableReason;
            status = ParityStatus.ACTIVE;
            disableReason = "";
            clearedDay = disabledDay;
            clearedAfter = state.liveExecutions();
            disabledDay = Optional.empty();
            alert = Alert.of(strategy.value(), AlertKind.RESET, AlertSeverity.WARNING,
                    "re-enabled by " + operator + ": " + reason + " (was disabled: " + previous + ")", operator,
                    state.changedAt());
        }
        alerts.send(alert);
    }

    /** Judges {@code trade}'s day, saves a disable it causes, and adds the alerts to {@code pending}. */
    private void judgeAndSave(TradeComparison trade, List<Alert> pending, boolean replay) {
        judge(trade, pending, replay).ifPresent(state -> pending.add(disabledAlert(state, save(state))));
    }

    /**
     * Judges the day of {@code trade}: a status change is applied and its alert added to
     * {@code pending}; a disable is applied in memory and returned, for the caller to save and alert.
     * In a {@code replay}, a disable of the day an operator's reset cleared is not applied again,
     * unless it comes from a live execution taken after the reset.
     */
    private Optional<DisableState> judge(TradeComparison trade, List<Alert> pending, boolean replay) {
        if (status == ParityStatus.DISABLED) {
            return Optional.empty();
        }
        LocalDate day = ledger.dayOf(trade.live().timeNanos());
        StatusVerdict verdict = policy.evaluate(assembler.reportToJudge(ledger, day));
        if (verdict.disables() && replay && clearedDay.equals(Optional.of(day)) && !afterReset(ledger.liveCount())) {
            LOG.debug("strategy {}: replayed trade '{}' would disable {} again, which an operator reset; the status "
                    + "is ACTIVE, as the reset left it", strategy, trade.tradeId(), day);
            status = ParityStatus.ACTIVE;
            return Optional.empty();
        }
        if (verdict.disables()) {
            status = ParityStatus.DISABLED;
            disableReason = verdict.reason();
            disabledDay = Optional.of(day);
            return Optional.of(new DisableState(strategy.value(), true, verdict.reason(), DisableState.AUTOMATIC,
                    clock.instant(), disabledDay));
        }
        if (verdict.trackingErrorJudged() && verdict.status() != status) {
            ParityStatus previous = status;
            status = verdict.status();
            String why = verdict.reason().isEmpty()
                    ? "daily tracking error back below the warning level"
                    : verdict.reason();
            pending.add(Alert.of(strategy.value(), AlertKind.STATUS_CHANGED, severityOf(status),
                    previous + " -> " + status + ": " + why, "", clock.instant()));
        }
        return Optional.empty();
    }

    /**
     * True when {@code liveCount} live executions are more than the tracker had taken when the newest
     * reset was made, so a disable judged now came after that reset; false when not known.
     */
    private boolean afterReset(long liveCount) {
        return clearedAfter.isPresent() && liveCount > clearedAfter.getAsLong();
    }

    /** Saves a disable; on failure logs it and returns the warning for the alert, else empty text. */
    private String save(DisableState state) {
        try {
            store.save(state);
            return "";
        } catch (ParityStateException e) {
            LOG.error("CRITICAL strategy {} is disabled in this process but its state could not be saved: {}",
                    strategy, e.getMessage(), e);
            return " (WARNING: the disabled state could not be saved to " + e.file()
                    + "; a restart would not remember it)";
        }
    }

    private Alert disabledAlert(DisableState state, String warning) {
        return Alert.of(strategy.value(), AlertKind.DISABLED, AlertSeverity.CRITICAL,
                "strategy disabled: " + state.reason() + warning, "", state.changedAt());
    }

    private static AlertSeverity severityOf(ParityStatus status) {
        return switch (status) {
            case ACTIVE -> AlertSeverity.INFO;
            case WARNING -> AlertSeverity.WARNING;
            case CRITICAL, DISABLED -> AlertSeverity.CRITICAL;
        };
    }
}
