package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.TradeTick;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventMergerTest {

    private record Tagged(MarketEvent event, int source, int index) {
    }

    @Test
    void manySourcesMergeByTimeThenBySourceNumber() {
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 50; round++) {
            int count = 1 + random.nextInt(12);
            List<MarketDataSource> sources = new ArrayList<>();
            List<Tagged> expected = new ArrayList<>();
            for (int s = 0; s < count; s++) {
                List<MarketEvent> events = new ArrayList<>();
                long t = random.nextLong(0, 20);
                int length = random.nextInt(30);
                for (int i = 0; i < length; i++) {
                    t += random.nextInt(4); // equal times within and across sources
                    MarketEvent e = new TradeTick("S" + s, t, 100, 1, Aggressor.UNKNOWN);
                    events.add(e);
                    expected.add(new Tagged(e, s, i));
                }
                sources.add(MarketDataSource.of(events));
            }
            expected.sort(Comparator.comparingLong((Tagged x) -> x.event().timeNanos())
                    .thenComparingInt(Tagged::source).thenComparingInt(Tagged::index));
            List<MarketEvent> merged = new ArrayList<>();
            try (EventMerger merger = new EventMerger(sources)) {
                while (merger.hasNext()) {
                    merged.add(merger.next());
                }
            }
            assertEquals(expected.stream().map(Tagged::event).toList(), merged);
        }
    }
}
