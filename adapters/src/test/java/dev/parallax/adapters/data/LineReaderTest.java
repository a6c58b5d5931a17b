package dev.parallax.adapters.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static final String[] PIECES = {"a", "bc", "1,2.5,3", "\n", "\r", "\r\n", "\n\r", " ", "\u00e9", "\"", ""};

    @Test
    void linesEndWhereBufferedReaderEndsThemWhateverSizeThePiecesAreRead() throws IOException {
        SplittableRandom random = new SplittableRandom(5L);
        for (int trial = 0; trial < 2_000; trial++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            int chunk = 1 + random.nextInt(9);
            assertEquals(bufferedReaderLines(text.toString()), lines(new Trickle(text.toString(), chunk), 1_000),
                    () -> "text '" + text + "' read " + chunk + " characters at a time");
        }
    }

    @Test
    void linesLongerThanTheBufferAndSplitAcrossRefillsAreWhole() throws IOException {
        SplittableRandom random = new SplittableRandom(8L);
        StringBuilder text = new StringBuilder();
        while (text.length() < 400_000) {
            text.append("x".repeat(random.nextInt(random.nextInt(50) == 0 ? 150_000 : 60)))
                    .append(PIECES[3 + random.nextInt(4)]);
        }
        assertEquals(bufferedReaderLines(text.toString()), lines(new StringReader(text.toString()), 200_000));
        assertEquals(bufferedReaderLines(text.toString()), lines(new Trickle(text.toString(), 70_001), 200_000));
    }

    @Test
    void aLineOfExactlyTheLimitIsReadAndOneCharacterMoreStopsTheReadNamingTheLine() throws IOException {
        assertEquals(List.of("0123456789", "x"), lines(new StringReader("0123456789\r\nx"), 10));
        assertEquals(List.of("0123456789"), lines(new StringReader("0123456789"), 10));
        for (String text : new String[] {"ok\n01234567890\n", "ok\r01234567890", "ok\n" + "9".repeat(100_000)}) {
            LineReader reader = new LineReader(new Trickle(text, 3), 10);
            assertTrue(reader.next());
            var e = assertThrows(LineReader.LineTooLongException.class, reader::next);
            assertEquals("line 2 is longer than the limit of 10 characters; the file is not CSV, or a line break is "
                    + "missing", e.getMessage());
        }
        String longest = "y".repeat(150_000);
        assertEquals(List.of(longest), lines(new StringReader(longest + "\n"), 150_000));
        assertThrows(LineReader.LineTooLongException.class,
                () -> lines(new StringReader(longest + "y\n"), 150_000));
    }

    @Test
    void lineNumbersCountEveryLineIncludingBlankOnes() throws IOException {
        LineReader reader = new LineReader(new StringReader("a\n\r\nb\rc"), 100);
        List<Long> numbers = new ArrayList<>();
        while (reader.next()) {
            numbers.add(reader.lineNumber());
        }
        assertEquals(List.of(1L, 2L, 3L, 4L), numbers);
        assertFalse(reader.next());
    }

    private static List<String> lines(Reader in, int maxChars) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(in, maxChars)) {
            while (reader.next()) {
                lines.add(reader.text());
            }
        }
        return lines;
    }

    private static List<String> bufferedReaderLines(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new StringReader(text));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
        return lines;
    }

    /** Hands out at most {@code chunk} characters per read, as a slow stream or a decoder at a buffer's end may. */
    private static final class Trickle extends Reader {

        private final String text;
        private final int chunk;
        private int position;

        Trickle(String text, int chunk) {
            this.text = text;
            this.chunk = chunk;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(length, chunk), text.length() - position);
            text.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
