package dev.parallax.research.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadoopFileTest {

    private static final String CSV = "time,open,high,low,close,volume\n2024-01-01T01:00:00Z,100,102,99,101,5\n";

    @TempDir
    Path dir;

    private static String read(HadoopFile file) throws IOException {
        try (InputStream in = file.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void opensTheBytesOfAnAbsoluteFileUriInEitherForm() throws IOException {
        Path file = Files.writeString(dir.resolve("bars.csv"), CSV);
        assertEquals(CSV, read(new HadoopFile("file:" + file)));
        assertEquals(CSV, read(new HadoopFile("file://" + file)));
    }

    @Test
    void percentEscapesAreDecodedSoAnEncodedSpaceNamesAFolderWithASpace() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("with space"));
        Path file = Files.writeString(folder.resolve("bars.csv"), CSV);
        String uri = file.toUri().toString();
        assertTrue(uri.contains("with%20space/bars.csv"), uri);
        assertArrayEquals(Files.readAllBytes(file), read(new HadoopFile(uri)).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFileIsACliErrorNamingTheUri() {
        String uri = "file:" + dir.resolve("none.csv");
        CliException e = assertThrows(CliException.class, () -> new HadoopFile(uri).open());
        assertEquals("data file " + uri + " does not exist (resolved to " + uri + ")", e.getMessage());
    }

    @Test
    void aSchemeWithoutAHadoopFileSystemIsACliErrorNamingTheUri() {
        CliException e = assertThrows(CliException.class, () -> new HadoopFile("nope://store/bars.csv").open());
        assertTrue(e.getMessage().startsWith("cannot read data nope://store/bars.csv: Hadoop has no file system for its "
                + "scheme ("), e.getMessage());
    }

    @Test
    void anUnencodedSpaceIsRefusedWhenTheUriIsGiven() {
        CliException e = assertThrows(CliException.class, () -> new HadoopFile("file:/data/a b.csv"));
        assertTrue(e.getMessage().startsWith("data file:/data/a b.csv is not a URI Hadoop reads (write a space as %20): "),
                e.getMessage());
    }

    @Test
    void aBlankUriIsRefused() {
        CliException e = assertThrows(CliException.class, () -> new HadoopFile(" "));
        assertEquals("data URI must not be blank, was ' '", e.getMessage());
    }
}
