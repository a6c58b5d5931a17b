package dev.parallax.cli.demo;

import dev.parallax.live.EntryRefusedException;
import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveExit;
import dev.parallax.live.PriceMark;
import dev.parallax.parity.ParityStatus;
import dev.parallax.parity.ParityTracker;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Plays the live venue's fills into a live tracker the way a trading bot would: each order's fills as
 * one ({@link Fill#byOrder}, in the order the orders completed), each buy opening a trade, each sell
 * closing the open one (its order id is the exit id, so parity matches it with the backtest's sell),
 * and bar closes mark the position once an hour. Like a well-behaved
 * bot it asks the parity tracker before every entry: once the strategy is disabled it opens no new
 * trade, but still closes the one it holds.
 */
public final class LiveVenueFeed {

    private static final long HOUR_NANOS = 3_600_000_000_000L;

    private final LiveExecutionTracker live;
    private final ParityTracker parity;
    private final Consumer<String> log;
    private final List<long[]> equityPoints = new ArrayList<>();
    private final List<Double> equityValues = new ArrayList<>();
    private final Map<LocalDate, ParityStatus> statusAtEndOfDay = new LinkedHashMap<>();
    private String openTrade;
    private double openSize;
    private int skippedSignals;
    private int refusedEntries;
    private ParityStatus lastStatus;

    /** A feed into {@code live} that watches {@code parity} and writes its story lines to {@code log}. */
    public LiveVenueFeed(LiveExecutionTracker live, ParityTracker parity, Consumer<String> log) {
        this.live = live;
        this.parity = parity;
        this.log = log;
        this.lastStatus = parity.status();
    }

    /** Feeds the venue's {@code fills} (order by order) and hourly marks from {@code bars}, in time order. */
    public void run(List<Fill> fills, List<Bar> bars) {
        List<Fill> executions = new ArrayList<>(Fill.byOrder(fills));
        executions.sort(Comparator.comparingLong(Fill::timeNanos));
        int e = 0;
        long nextMark = Long.MIN_VALUE;
        for (Bar bar : bars) {
            while (e < executions.size() && executions.get(e).timeNanos() <= bar.timeNanos()) {
                execute(executions.get(e++));
            }
            if (bar.timeNanos() >= nextMark) {
                live.mark(new PriceMark(bar.symbol(), bar.close(), Instant.ofEpochSecond(0, bar.timeNanos())));
                sample(bar.timeNanos());
                nextMark = (bar.timeNanos() / HOUR_NANOS + 1) * HOUR_NANOS;
            }
        }
        while (e < executions.size()) {
            execute(executions.get(e++));
        }
    }

    private void execute(Fill f) {
        if (f.side() == Side.BUY && openTrade == null) {
            if (parity.isDisabled()) {
                skippedSignals++;
                return;
            }
            try {
                live.recordEntry(new LiveEntry(f));
                openTrade = f.orderId();
                openSize = f.size();
            } catch (EntryRefusedException refused) {
                refusedEntries++;
                return;
            }
        } else if (f.side() == Side.SELL && openTrade != null) {
            double size = Math.min(openSize, f.size());
            live.recordExit(new LiveExit(openTrade, size == f.size() ? f : new Fill(f.orderId(), f.symbol(), f.side(),
                    f.price(), size, f.fee(), f.fillType(), f.latencyNanos(), f.slippageBps(), f.timeNanos(),
                    f.partial())));
            openSize -= size;
            if (openSize <= 1e-12) {
                openTrade = null;
            }
        } else {
            skippedSignals++;
            return;
        }
        sample(f.timeNanos());
        ParityStatus now = parity.status();
        Instant time = Instant.ofEpochSecond(0, f.timeNanos());
        LocalDate day = LocalDate.ofInstant(time, ZoneOffset.UTC);
        statusAtEndOfDay.put(day, now);
        if (now != lastStatus) {
            log.accept(seconds(time) + "  trade " + f.orderId() + ": parity status " + lastStatus + " -> " + now
                    + (now == ParityStatus.DISABLED ? "  (" + parity.disableReason() + ")" : ""));
            if (now == ParityStatus.DISABLED) {
                log.accept(seconds(time) + "  the bot now refuses new entries; an open trade is still closed on its signal");
            }
            lastStatus = now;
        }
    }

    private void sample(long timeNanos) {
        long millis = timeNanos / 1_000_000L;
        if (!equityPoints.isEmpty() && equityPoints.get(equityPoints.size() - 1)[0] >= millis) {
            equityValues.set(equityValues.size() - 1, live.account().equity());
            return;
        }
        equityPoints.add(new long[] {millis});
        equityValues.add(live.account().equity());
    }

    private static String seconds(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** Times of the sampled live equity, epoch milliseconds. */
    public long[] equityMillis() {
        return equityPoints.stream().mapToLong(p -> p[0]).toArray();
    }

    /** The sampled live equity. */
    public double[] equity() {
        return equityValues.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The parity status once each day's last live fill was recorded. */
    public Map<LocalDate, ParityStatus> statusAtEndOfDay() {
        return statusAtEndOfDay;
    }

    /** Signals the bot did not trade: entries after the disable, and exits of trades it never opened. */
    public int skippedSignals() {
        return skippedSignals;
    }

    /** Entries the live tracker's circuit breaker refused. */
    public int refusedEntries() {
        return refusedEntries;
    }
}
