package dev.parallax.cli.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputLinesTest {

    /** An endless line of 'x' that counts what was read from it, allocating nothing per byte. */
    private static final class EndlessLine extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            served += len;
            return len;
        }
    }

    @Test
    void aLineBeyondTheLimitIsRefusedAfterReadingLittleMoreThanTheLimit() {
        EndlessLine gigabytes = new EndlessLine();
        InputLines lines = new InputLines(new ByteArrayInputStream("{}\n".getBytes(StandardCharsets.UTF_8)) {
            private boolean first = true;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (first) {
                    first = false;
                    return super.read(b, off, len);
                }
                return gigabytes.read(b, off, len);
            }
        }, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            lines.next();
            lines.next();
        });
        assertEquals("line 2 is longer than the limit of 1048576 bytes; a fill line is far shorter, so the input is "
                + "not a fills file or is damaged", e.getMessage());
        assertTrue(gigabytes.served <= InputLines.MAX_LINE_BYTES + 8192, "read " + gigabytes.served + " bytes");
    }

    @Test
    void aLineOfExactlyTheLimitIsRead() throws IOException {
        byte[] bytes = new byte[10 + 1 + 3];
        java.util.Arrays.fill(bytes, (byte) 'a');
        bytes[10] = '\n';
        InputLines lines = new InputLines(new ByteArrayInputStream(bytes), 0, 0, 10);
        assertEquals("a".repeat(10), lines.next().orElseThrow().text());
        assertEquals(Optional.empty(), lines.next());
        assertEquals(new InputLines.Line("aaa", 2, 14), lines.rest().orElseThrow());
    }

    @Test
    void linesCarryTheirNumberAndTheOffsetAfterThemCountingBytesNotCharacters() throws IOException {
        byte[] bytes = "€1\r\n\nab\n".getBytes(StandardCharsets.UTF_8);
        InputLines lines = new InputLines(new ByteArrayInputStream(bytes), 100, 7);
        // "€1\r\n" is 3 + 1 + 2 = 6 bytes, so the first line ends at 106; then "\n" at 107, "ab\n" at 110.
        assertEquals(new InputLines.Line("€1", 8, 106), lines.next().orElseThrow());
        assertEquals(new InputLines.Line("", 9, 107), lines.next().orElseThrow());
        assertEquals(new InputLines.Line("ab", 10, 110), lines.next().orElseThrow());
        assertEquals(Optional.empty(), lines.next());
        assertEquals(Optional.empty(), lines.rest());
    }
}
