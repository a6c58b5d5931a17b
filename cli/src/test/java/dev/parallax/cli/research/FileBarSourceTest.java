package dev.parallax.cli.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.cli.CliException;
import dev.parallax.cli.data.DataSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileBarSourceTest {

    @Test
    void theBundledTradesLoadAsFiveMinuteBarsOfTheChosenDays() {
        FileBarSource all = FileBarSource.of(DataSpec.bundled(), Optional.empty(), Optional.empty());
        FileBarSource day = FileBarSource.of(DataSpec.bundled(), Optional.of(LocalDate.of(2013, 11, 27)),
                Optional.of(LocalDate.of(2013, 11, 27)));
        BarSeries bars = all.load();
        BarSeries one = day.load();
        assertEquals("BTC/USD", all.symbol());
        assertTrue(one.size() > 0 && one.size() <= 288 && one.size() < bars.size(), one.size() + " of " + bars.size());
        for (int i = 1; i < bars.size(); i++) {
            assertEquals(0, (bars.time(i) - bars.time(0)) % 300_000_000_000L, "bar " + i + " on the 5-minute grid");
        }
    }

    @Test
    void survivesJavaSerializationAndLoadsTheSameBars() throws Exception {
        FileBarSource source = FileBarSource.of(DataSpec.bundled(), Optional.of(LocalDate.of(2013, 11, 27)),
                Optional.empty());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(source);
        }
        FileBarSource copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (FileBarSource) in.readObject();
        }
        assertEquals(source, copy);
        BarSeries a = source.load();
        BarSeries b = copy.load();
        assertEquals(a.size(), b.size());
        assertEquals(a.close(a.size() - 1), b.close(b.size() - 1));
    }

    @Test
    void daysWithoutDataAreRefusedNamingThem() {
        FileBarSource none = FileBarSource.of(DataSpec.bundled(), Optional.of(LocalDate.of(2020, 1, 1)),
                Optional.of(LocalDate.of(2020, 1, 2)));
        CliException e = assertThrows(CliException.class, none::load);
        assertEquals("no market data in bitstamp_trades_from_20131125_usd.csv (bundled) between 2020-01-01 and 2020-01-02", e.getMessage());
    }
}
