package dev.parallax.research.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.cli.research.DataChangedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadoopBarSourceTest {

    private static final String CSV = """
            time,open,high,low,close,volume
            2024-01-01T01:00:00Z,100,102,99,101,5
            2024-01-01T02:00:00Z,101,103.5,100.5,103,7.25
            """;

    /** 2024-01-01T01:00:00Z in epoch nanoseconds: 19,723 days of 86,400 s, plus one hour. */
    private static final long FIRST = (19_723L * 86_400 + 3_600) * 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void readsBarsFromAFileUri() throws IOException {
        Path file = Files.writeString(dir.resolve("bars.csv"), CSV);
        BarSeries bars = new HadoopBarSource(file.toUri().toString(), "BTC").load();
        assertEquals(2, bars.size());
        assertEquals("BTC", bars.symbol());
        assertEquals(FIRST, bars.time(0));
        assertEquals(FIRST + 3_600_000_000_000L, bars.time(1));
        assertEquals(103.5, bars.high(1));
        assertEquals(100.5, bars.low(1));
        assertEquals(103, bars.close(1));
        assertEquals(7.25, bars.volume(1));
    }

    @Test
    void aPathWithNoSchemeReadsTheSameBars() throws IOException {
        Path file = Files.writeString(dir.resolve("bars.csv"), CSV);
        BarSeries plain = new HadoopBarSource(file.toString(), "BTC").load();
        BarSeries uri = new HadoopBarSource(file.toUri().toString(), "BTC").load();
        assertEquals(uri.size(), plain.size());
        for (int i = 0; i < uri.size(); i++) {
            assertEquals(uri.bar(i), plain.bar(i), "bar " + i);
        }
    }

    @Test
    void aMissingFileIsNamed() {
        String missing = dir.resolve("none.csv").toString();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HadoopBarSource(missing, "BTC").load());
        assertTrue(e.getMessage().startsWith("data file " + missing + " does not exist"), e.getMessage());
    }

    @Test
    void aFileWithOnlyAHeaderHoldsNoBar() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.csv"), "time,open,high,low,close,volume\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HadoopBarSource(file.toString(), "BTC").load());
        assertEquals("data file " + file + " holds no bar", e.getMessage());
    }

    /** SHA-256 of {@link #CSV}, computed with sha256sum. */
    private static final String CSV_SHA = "4e99d7ead44e2b01349c6eb752c19cca330f125ea76917195a25014229edcc3b";

    @Test
    void aSourceGivenTheDigestOfTheFileReadsTheSameBars() throws IOException {
        Path file = Files.writeString(dir.resolve("bars.csv"), CSV);
        BarSeries plain = new HadoopBarSource(file.toUri().toString(), "BTC").load();
        BarSeries checked = new HadoopBarSource(file.toUri().toString(), "BTC", CSV_SHA).load();
        assertEquals(2, checked.size());
        for (int i = 0; i < plain.size(); i++) {
            assertEquals(plain.bar(i), checked.bar(i), "bar " + i);
        }
    }

    @Test
    void aFileAppendedToAfterItsDigestWasTakenFailsNamingThePathBothDigestsAndTheRule() throws IOException {
        Path file = Files.writeString(dir.resolve("bars.csv"), CSV + "2024-01-01T03:00:00Z,103,104,102,103.5,6\n");
        String uri = file.toUri().toString();
        DataChangedException e = assertThrows(DataChangedException.class,
                () -> new HadoopBarSource(uri, "BTC", CSV_SHA).load());
        assertEquals("data " + uri + " has SHA-256 2133abb34c6b689804be27df716b7322ead50effb21babcf942c1df837eb09a6"
                + " where the sweep's points ran, but the driver read " + CSV_SHA + ": the data changed while the "
                + "sweep ran, so its rows would mix different data; leave the file unchanged until the job ends and "
                + "run again", e.getMessage());
    }

    @Test
    void aFileCutToItsHeaderIsReportedAsTheChangeRatherThanAsHoldingNoBar() throws IOException {
        Path file = Files.writeString(dir.resolve("bars.csv"), "time,open,high,low,close,volume\n");
        DataChangedException e = assertThrows(DataChangedException.class,
                () -> new HadoopBarSource(file.toString(), "BTC", CSV_SHA).load());
        assertEquals("data file " + file + " holds no bar", e.getSuppressed()[0].getMessage());
    }

    @Test
    void aDigestThatIsNotSixtyFourLowercaseHexDigitsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HadoopBarSource("bars.csv", "BTC", "abc"));
        assertEquals("sha256 must be empty text or 64 lowercase hex digits, was 'abc'", e.getMessage());
    }

    @Test
    void aBlankPathIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HadoopBarSource(" ", "BTC"));
        assertEquals("path must not be blank, was ' '", e.getMessage());
    }

    @Test
    void onlyTheJobsSparkHadoopSettingsReachHadoopWithoutTheirPrefix() {
        SparkConf conf = new SparkConf(false)
                .set("spark.hadoop.fs.s3a.endpoint", "http://127.0.0.1:9000")
                .set("spark.executor.memory", "1g");
        assertEquals(Map.of("fs.s3a.endpoint", "http://127.0.0.1:9000"), HadoopBarSource.hadoopSettingsOf(conf));
    }
}
