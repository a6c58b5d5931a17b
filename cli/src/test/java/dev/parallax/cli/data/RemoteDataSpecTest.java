package dev.parallax.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.adapters.data.BadRowPolicy;
import dev.parallax.cli.CliException;
import dev.parallax.sim.api.data.MarketDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteDataSpecTest {

    private static final String ROWS = "time,open,high,low,close,volume\n"
            + "2024-01-05T10:00:00Z,1,2,0.5,1.5,10\n2024-01-05T10:15:00Z,1.5,2,1,1.8,12\n";

    @TempDir
    Path dir;

    private DataSpec remote(Path file) {
        return new DataSpec(Optional.empty(), DataFormat.OHLCV, "X", Duration.ofMinutes(15), BadRowPolicy.STRICT,
                BarTime.OPEN, Optional.of(new LocalCopy("test://store/bars.csv", file.toString())));
    }

    @Test
    void aRemoteFileIsDescribedByItsUriAndReadLikeTheLocalFile() throws IOException {
        Path file = Files.writeString(dir.resolve("bars.csv"), ROWS);
        DataSpec remote = remote(file);
        assertEquals("test://store/bars.csv", remote.describe());
        try (MarketDataSource source = remote.open().source()) {
            // open labels move to the bar's end: 10:00 + 15 minutes
            assertEquals(java.time.Instant.parse("2024-01-05T10:15:00Z").toEpochMilli() * 1_000_000L,
                    source.next().timeNanos());
        }
        assertEquals(Duration.ofMinutes(15), BarLength.infer(remote.withBar(Duration.ofHours(1))));
    }

    @Test
    void theDigestOfARemoteFileIsTheSha256OfItsBytes() throws Exception {
        Path file = Files.writeString(dir.resolve("bars.csv"), ROWS);
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(ROWS.getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(expected), remote(file).sha256());
    }

    @Test
    void aMissingRemoteFileIsNamedByItsUri() {
        CliException e = assertThrows(CliException.class, () -> remote(dir.resolve("none.csv")).sha256());
        assertEquals("data file not found: test://store/bars.csv", e.getMessage());
    }

    @Test
    void aLocalFileAndARemoteFileTogetherAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DataSpec(
                Optional.of(dir.resolve("a.csv")), DataFormat.OHLCV, "X", Duration.ofMinutes(1), BadRowPolicy.STRICT,
                BarTime.OPEN, Optional.of(new LocalCopy("test://a.csv", "a.csv"))));
        assertTrue(e.getMessage().startsWith("file and remote must not both be given, were "), e.getMessage());
    }
}
