package dev.parallax.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.adapters.data.BadRowPolicy;
import dev.parallax.cli.CliException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarLengthTest {

    @TempDir
    Path dir;

    private DataSpec ohlcv(String rows) throws IOException {
        Path f = dir.resolve("bars.csv");
        Files.writeString(f, "time,open,high,low,close,volume\n" + rows);
        return new DataSpec(Optional.of(f), DataFormat.OHLCV, "X", Duration.ofMinutes(5), BadRowPolicy.STRICT);
    }

    @Test
    void weekdayBarsWithAWeekendGapAreOneDayLong() throws IOException {
        // Friday, then Monday and Tuesday: the gaps are 3 days and 1 day
        DataSpec data = ohlcv("2024-01-05,1,1,1,1,1\n2024-01-08,1,1,1,1,1\n2024-01-09,1,1,1,1,1\n");
        assertEquals(Duration.ofDays(1), BarLength.infer(data));
    }

    @Test
    void hourlyBarsWrittenAsDateTimesAreOneHourLong() throws IOException {
        DataSpec data = ohlcv("2024-01-05T10:00:00Z,1,1,1,1,1\n2024-01-05T11:00:00Z,1,1,1,1,1\n");
        assertEquals(Duration.ofHours(1), BarLength.infer(data));
    }

    @Test
    void oneBarIsNotEnoughAndTheMessageNamesTheFlag() throws IOException {
        DataSpec data = ohlcv("2024-01-05,1,1,1,1,1\n");
        CliException e = assertThrows(CliException.class, () -> BarLength.infer(data));
        assertTrue(e.getMessage().contains("--bar") && e.getMessage().contains("bars.csv"), e.getMessage());
    }

    @Test
    void openLabelsMoveEachBarToItsEndAndCloseLabelsStay() throws IOException {
        DataSpec open = ohlcv("2024-01-05,1,1,1,1,1\n").withBar(Duration.ofDays(1));
        long label = java.time.LocalDate.of(2024, 1, 5).toEpochDay() * 86_400_000_000_000L;
        try (var source = open.open().source()) {
            assertEquals(label + 86_400_000_000_000L, source.next().timeNanos());
        }
        DataSpec close = new DataSpec(open.file(), open.format(), "X", Duration.ofDays(1), BadRowPolicy.STRICT,
                BarTime.CLOSE);
        try (var source = close.open().source()) {
            assertEquals(label, source.next().timeNanos());
        }
    }

    @Test
    void theDigestIsTheWholeFilesEvenWhenReadingStopsEarly() throws Exception {
        DataSpec data = ohlcv("2024-01-05,1,1,1,1,1\n2024-01-08,1,1,1,1,1\n2024-01-09,1,1,1,1,1\n");
        DataSpec.Opened opened = data.open();
        opened.source().next();
        opened.source().close();
        byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(data.file().get()));
        String expected = java.util.HexFormat.of().formatHex(sha);
        assertEquals(expected, opened.read().get().sha256());
        assertEquals(Files.size(data.file().get()), opened.read().get().bytes());
        assertEquals(expected, data.sha256());
    }
}
