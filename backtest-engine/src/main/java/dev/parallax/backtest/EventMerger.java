package dev.parallax.backtest;

import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Merges several time-ordered sources into one time-ordered stream. Ties are broken by the order
 * of the sources, so the merge is deterministic. An event older than the one before it in the same
 * source is rejected, naming the source, the symbol and both times.
 */
final class EventMerger implements AutoCloseable {

    private record Head(MarketEvent event, int source) {
    }

    private final List<MarketDataSource> sources;
    private final long[] lastTime;
    private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> {
        int byTime = Long.compare(a.event.timeNanos(), b.event.timeNanos());
        return byTime != 0 ? byTime : Integer.compare(a.source, b.source);
    });

    EventMerger(List<MarketDataSource> sources) {
        this.sources = List.copyOf(sources);
        this.lastTime = new long[this.sources.size()];
        Arrays.fill(lastTime, Long.MIN_VALUE);
        for (int i = 0; i < this.sources.size(); i++) {
            pull(i);
        }
    }

    boolean hasNext() {
        return !heads.isEmpty();
    }

    MarketEvent next() {
        Head head = heads.poll();
        if (head == null) {
            throw new NoSuchElementException("no more market events");
        }
        pull(head.source);
        return head.event;
    }

    private void pull(int source) {
        MarketDataSource s = sources.get(source);
        if (!s.hasNext()) {
            return;
        }
        MarketEvent event = s.next();
        if (event.timeNanos() < lastTime[source]) {
            throw new IllegalArgumentException("source " + source + " (" + event.symbol() + ") is out of time order: "
                    + "an event at " + Times.instant(event.timeNanos()) + " follows one at " + Times.instant(lastTime[source]));
        }
        lastTime[source] = event.timeNanos();
        heads.add(new Head(event, source));
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (MarketDataSource s : sources) {
            try {
                s.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
