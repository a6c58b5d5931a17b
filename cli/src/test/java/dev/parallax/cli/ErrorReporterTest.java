package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorReporterTest {

    @TempDir
    Path dir;

    @Test
    void theContextOfAnUncheckedIoExceptionIsKept() {
        assertEquals("I/O error: could not read the start of bad.csv: Unsupported compression method",
                ErrorReporter.describe(new UncheckedIOException("could not read the start of bad.csv: Unsupported "
                        + "compression method", new ZipException("Unsupported compression method"))));
        assertEquals("I/O error: could not read t.csv.gz after line 3029: Unexpected end of ZLIB input stream",
                ErrorReporter.describe(new UncheckedIOException("could not read t.csv.gz after line 3029",
                        new java.io.EOFException("Unexpected end of ZLIB input stream"))));
    }

    @Test
    void aBareUncheckedIoExceptionReadsAsItsCause() {
        assertEquals("I/O error: disk full", ErrorReporter.describe(new UncheckedIOException(new IOException("disk full"))));
        assertEquals("no such file: x.csv", ErrorReporter.describe(new UncheckedIOException("could not open x.csv",
                new NoSuchFileException("x.csv"))));
    }

    @Test
    void aDamagedGzipDataFileIsNamed() throws IOException {
        Path data = dir.resolve("damaged.csv");
        Files.write(data, new byte[] {0x1f, (byte) 0x8b, 'x', 'y', 'z'});
        CliRun run = CliRun.of("backtest", "--data", data.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, run.code());
        assertEquals("parallax backtest: I/O error: could not read the start of " + data + ": Unsupported compression "
                + "method", run.errorLine());
    }
}
