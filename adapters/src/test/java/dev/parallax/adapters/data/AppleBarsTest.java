package dev.parallax.adapters.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.sim.api.data.Bar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The real Apple daily bars of 2013 that ta4j ships in {@code org.ta4j:ta4j-examples}. */
class AppleBarsTest {

    @Test
    void readsTheDateStampedDailyBarsAsBarsCompleteAtTheNewYorkClose() {
        OhlcvCsvFormat format = OhlcvCsvFormat.of("AAPL")
                .withTime(Column.named("date"))
                .withTimestamps(TimestampFormat.isoDate(ZoneId.of("America/New_York")))
                .withTimeOffset(Duration.ofHours(16));
        String name = "/appleinc_bars_from_20130101_usd.csv";
        try (CsvMarketDataSource bars = format.open(name, getClass().getResourceAsStream(name))) {
            // 2013-01-02,553.82,555.00,541.63,549.03,20018500; 16:00 EST = 21:00 UTC
            Bar first = (Bar) bars.next();
            assertEquals(new Bar("AAPL", nanos("2013-01-02T21:00:00Z"), 553.82, 555.00, 541.63, 549.03, 20_018_500),
                    first);
            Bar last = first;
            int count = 1;
            while (bars.hasNext()) {
                last = (Bar) bars.next();
                count++;
            }
            assertEquals(252, count);
            // 2013-12-31,554.17,561.28,554.00,561.02,7967300
            assertEquals(new Bar("AAPL", nanos("2013-12-31T21:00:00Z"), 554.17, 561.28, 554.00, 561.02, 7_967_300),
                    last);
        }
    }

    private static long nanos(String instant) {
        return Instant.parse(instant).getEpochSecond() * 1_000_000_000L;
    }
}
