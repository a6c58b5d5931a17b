package dev.parallax.backtest;

import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Merges several time-ordered sources into one time-ordered stream. Ties are broken by the order
 * of the sources, so the merge is deterministic. An event older than the one before it in the same
 * source is rejected, naming the source, the symbol and both times.
 *
 * <p>The sources with an event waiting sit in a binary heap of source numbers, ordered by their
 * waiting event's time and then by number, so taking an event allocates nothing. Nothing is read
 * before the first {@link #hasNext} or {@link #next}, so a reader's failure on its first event is
 * the run's, reported like any later one.
 */
final class EventMerger implements MarketDataSource {

    private final List<MarketDataSource> sources;
    private final long[] lastTime;
    /** The next event of each source, or null once it is exhausted. */
    private final MarketEvent[] waiting;
    /** Source numbers with an event waiting, earliest first. */
    private final int[] heap;
    private int size;
    private boolean primed;

    EventMerger(List<MarketDataSource> sources) {
        this.sources = List.copyOf(sources);
        int n = this.sources.size();
        this.lastTime = new long[n];
        this.waiting = new MarketEvent[n];
        this.heap = new int[n];
        Arrays.fill(lastTime, Long.MIN_VALUE);
    }

    /** Reads the first event of every source, once. */
    private void prime() {
        primed = true;
        for (int i = 0; i < waiting.length; i++) {
            if (pull(i)) {
                heap[size++] = i;
                siftUp(size - 1);
            }
        }
    }

    @Override
    public boolean hasNext() {
        if (!primed) {
            prime();
        }
        return size > 0;
    }

    @Override
    public MarketEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more market events");
        }
        int source = heap[0];
        MarketEvent event = waiting[source];
        if (!pull(source)) {
            heap[0] = heap[--size];
        }
        siftDown(0);
        return event;
    }

    /** Reads the next event of {@code source} into {@link #waiting}; false when the source is exhausted. */
    private boolean pull(int source) {
        MarketDataSource s = sources.get(source);
        if (!s.hasNext()) {
            waiting[source] = null;
            return false;
        }
        MarketEvent event = s.next();
        if (event.timeNanos() < lastTime[source]) {
            throw new IllegalArgumentException("source " + source + " (" + event.symbol() + ") is out of time order: "
                    + "an event at " + Times.instant(event.timeNanos()) + " follows one at " + Times.instant(lastTime[source]));
        }
        lastTime[source] = event.timeNanos();
        waiting[source] = event;
        return true;
    }

    /** True if source {@code a}'s waiting event comes before source {@code b}'s. */
    private boolean before(int a, int b) {
        long ta = waiting[a].timeNanos();
        long tb = waiting[b].timeNanos();
        return ta < tb || (ta == tb && a < b);
    }

    private void siftUp(int i) {
        int source = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(source, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = source;
    }

    private void siftDown(int i) {
        if (size == 0) {
            return;
        }
        int source = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], source)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = source;
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
