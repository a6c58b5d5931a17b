package dev.parallax.cli.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.cli.CliException;
import dev.parallax.adapters.data.BadRowPolicy;
import dev.parallax.cli.data.BarTime;
import dev.parallax.cli.data.DataFormat;
import dev.parallax.cli.data.DataSpec;
import dev.parallax.cli.data.LocalCopy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        FileBarSource copy = serializedAndRead(source);
        assertEquals(source, copy);
        BarSeries a = source.load();
        BarSeries b = copy.load();
        assertEquals(a.size(), b.size());
        assertEquals(a.close(a.size() - 1), b.close(b.size() - 1));
    }

    @Test
    void aRemoteFileTravelsWithTheSourceAndLoadsTheBarsOfTheSameLocalFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bars.csv"), "time,open,high,low,close,volume\n"
                + "2024-01-05T10:00:00Z,1,2,0.5,1.5,10\n2024-01-05T11:00:00Z,1.5,2,1,1.8,12\n"
                + "2024-01-06T10:00:00Z,1.8,2.5,1.7,2.2,9\n");
        DataSpec local = new DataSpec(Optional.of(file), DataFormat.OHLCV, "X", Duration.ofHours(1),
                BadRowPolicy.STRICT);
        DataSpec remote = new DataSpec(Optional.empty(), DataFormat.OHLCV, "X", Duration.ofHours(1),
                BadRowPolicy.STRICT, BarTime.OPEN, Optional.of(new LocalCopy("test://bars.csv", file.toString())));
        Optional<LocalDate> day = Optional.of(LocalDate.of(2024, 1, 5));
        FileBarSource source = FileBarSource.of(remote, day, day);
        FileBarSource copy = serializedAndRead(source);
        assertEquals(source, copy);
        assertEquals("", copy.file());
        assertEquals("test://bars.csv", copy.describe());
        BarSeries expected = FileBarSource.of(local, day, day).load();
        BarSeries loaded = copy.load();
        assertEquals(2, loaded.size(), "the 2024-01-06 bar is outside the day");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.bar(i), loaded.bar(i), "bar " + i);
        }
    }

    @Test
    void daysWithoutDataAreRefusedNamingThem() {
        FileBarSource none = FileBarSource.of(DataSpec.bundled(), Optional.of(LocalDate.of(2020, 1, 1)),
                Optional.of(LocalDate.of(2020, 1, 2)));
        CliException e = assertThrows(CliException.class, none::load);
        assertEquals("no market data in bitstamp_trades_from_20131125_usd.csv (bundled) between 2020-01-01 and 2020-01-02", e.getMessage());
    }

    private static final String THREE_BARS = "time,open,high,low,close,volume\n"
            + "2024-01-05T10:00:00Z,1,2,0.5,1.5,10\n2024-01-05T11:00:00Z,1.5,2,1,1.8,12\n"
            + "2024-01-06T10:00:00Z,1.8,2.5,1.7,2.2,9\n";

    /** SHA-256 of {@link #THREE_BARS}, computed with sha256sum. */
    private static final String THREE_BARS_SHA = "231e857dfec560c7d23b423a903eeff3e85ade2b6e2427326385c574fc0b3594";

    @Test
    void aSourceExpectingTheDigestOfTheBytesItReadsLoadsTheSameBarsEvenWhenItsWindowEndsEarly(@TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("bars.csv"), THREE_BARS);
        Optional<LocalDate> day = Optional.of(LocalDate.of(2024, 1, 5));
        FileBarSource unchecked = FileBarSource.of(remote(file), day, day);
        FileBarSource checked = serializedAndRead(unchecked.expecting(THREE_BARS_SHA));
        assertEquals(THREE_BARS_SHA, checked.sha256());
        BarSeries expected = unchecked.load();
        BarSeries loaded = checked.load();
        assertEquals(2, loaded.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.bar(i), loaded.bar(i), "bar " + i);
        }
    }

    @Test
    void aFileAppendedToAfterTheDriverReadItFailsNamingTheUriBothDigestsAndTheRule(@TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("bars.csv"), THREE_BARS);
        FileBarSource source = FileBarSource.of(remote(file), Optional.empty(), Optional.empty())
                .expecting(THREE_BARS_SHA);
        Files.writeString(file, THREE_BARS + "2024-01-06T11:00:00Z,2.2,2.4,2.1,2.3,8\n");
        DataChangedException e = assertThrows(DataChangedException.class, source::load);
        assertEquals("data test://bars.csv has SHA-256 5a4e0ed618c4158bb7a265fa199dd3e178435fec7373eeb4111b9d99ea9e4daa"
                + " where the sweep's points ran, but the driver read " + THREE_BARS_SHA + ": the data changed while "
                + "the sweep ran, so its rows would mix different data; leave the file unchanged until the job ends "
                + "and run again", e.getMessage());
    }

    @Test
    void aHalfWrittenRowOfAChangedFileIsReportedAsTheChangeWithTheBadRowAttached(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bars.csv"), THREE_BARS + "2024-01-06T11:00:00Z,2.2,2.4\n");
        FileBarSource plain = FileBarSource.of(remote(file), Optional.empty(), Optional.empty());
        RuntimeException badRow = assertThrows(RuntimeException.class, plain::load);
        assertTrue(!(badRow instanceof DataChangedException), badRow.toString());
        DataChangedException e = assertThrows(DataChangedException.class,
                () -> plain.expecting(THREE_BARS_SHA).load());
        assertTrue(e.getMessage().startsWith("data test://bars.csv has SHA-256 "
                + "7c532c839081d9e131d904a98d61f8b06eaa2c0425ae92c90bfff7a1f4edff8a where"), e.getMessage());
        assertEquals(badRow.getMessage(), e.getSuppressed()[0].getMessage());
    }

    @Test
    void aDigestThatIsNotSixtyFourLowercaseHexDigitsIsRefused() {
        FileBarSource bundled = FileBarSource.of(DataSpec.bundled(), Optional.empty(), Optional.empty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bundled.expecting(THREE_BARS_SHA.toUpperCase(java.util.Locale.ROOT)));
        assertEquals("sha256 must be empty text or 64 lowercase hex digits, was '"
                + THREE_BARS_SHA.toUpperCase(java.util.Locale.ROOT) + "'", e.getMessage());
    }

    private static DataSpec remote(Path file) {
        return new DataSpec(Optional.empty(), DataFormat.OHLCV, "X", Duration.ofHours(1), BadRowPolicy.STRICT,
                BarTime.OPEN, Optional.of(new LocalCopy("test://bars.csv", file.toString())));
    }

    private static FileBarSource serializedAndRead(FileBarSource source) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(source);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (FileBarSource) in.readObject();
        }
    }
}
