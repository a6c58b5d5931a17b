package dev.parallax.adapters.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.data.Bar;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class JsonBarSourceTest {

    private static final long MS = 1_000_000L;

    private static JsonBarSource open(JsonBarFormat format, String json) {
        return format.open("bars.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAnArrayOfBarObjectsIgnoringOtherFields() {
        String json = "[{\"time\":1000,\"open\":1,\"high\":2,\"low\":0.5,\"close\":1.5,\"volume\":10,\"trades\":3},\n"
                + " {\"time\":2000,\"open\":\"1.5\",\"high\":\"2\",\"low\":\"1\",\"close\":\"2\",\"volume\":\"7\","
                + "\"extra\":{\"nested\":[1,2]}}]";
        try (JsonBarSource bars = open(JsonBarFormat.of("X"), json)) {
            assertEquals(new Bar("X", 1000 * MS, 1, 2, 0.5, 1.5, 10), bars.next());
            assertEquals(new Bar("X", 2000 * MS, 1.5, 2, 1, 2, 7), bars.next());
            assertFalse(bars.hasNext());
        }
    }

    @Test
    void aBarRepeatingThePreviousBarsTimeIsSkippedInLenientModeAsADuplicate() {
        String json = "{\"time\":1000,\"open\":1,\"high\":2,\"low\":1,\"close\":2,\"volume\":1}\n"
                + "{\"time\":1000,\"open\":2,\"high\":3,\"low\":2,\"close\":3,\"volume\":1}\n"
                + "{\"time\":2000,\"open\":3,\"high\":4,\"low\":3,\"close\":4,\"volume\":1}\n";
        try (JsonBarSource bars = open(JsonBarFormat.of("X").withPolicy(BadRowPolicy.LENIENT), json)) {
            assertEquals(1000 * MS, bars.next().timeNanos());
            assertEquals(2000 * MS, bars.next().timeNanos());
            assertFalse(bars.hasNext());
            assertEquals(1, bars.skippedRows().count());
            assertTrue(bars.skippedRows().first().get(0).reason().contains("duplicate bar"));
        }
    }

    @Test
    void readsJsonLinesWithOtherFieldNamesAndGzip() throws IOException {
        String json = "{\"t\":\"2024-01-01T00:00:00Z\",\"o\":1,\"h\":1,\"l\":1,\"c\":1,\"v\":0}\n"
                + "{\"t\":\"2024-01-01T00:01:00Z\",\"o\":1,\"h\":3,\"l\":1,\"c\":2,\"v\":5}\n";
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        JsonBarFormat format = JsonBarFormat.of("X").withFields("t", "o", "h", "l", "c", "v")
                .withTimestamps(TimestampFormat.isoDateTime());
        try (JsonBarSource bars = format.open("bars.jsonl.gz", new ByteArrayInputStream(gz.toByteArray()))) {
            assertEquals(1_704_067_200_000L * MS, bars.next().timeNanos());
            assertEquals(new Bar("X", 1_704_067_260_000L * MS, 1, 3, 1, 2, 5), bars.next());
        }
    }

    @Test
    void aBarWithAMissingFieldNamesTheLineAndTheFieldsInStrictModeAndIsSkippedInLenientMode() {
        String json = "[\n{\"time\":1,\"open\":1,\"high\":1,\"low\":1,\"close\":1,\"volume\":1},\n"
                + "{\"time\":2,\"open\":1,\"high\":1,\"low\":1,\"volume\":1},\n"
                + "{\"time\":3,\"open\":1,\"high\":1,\"low\":1,\"close\":1,\"volume\":1}\n]";
        try (JsonBarSource bars = open(JsonBarFormat.of("X"), json)) {
            bars.next();
            MalformedRowException e = assertThrows(MalformedRowException.class, bars::next);
            assertTrue(e.getMessage().contains("bars.json line 3") && e.getMessage().contains("'close'")
                    && e.getMessage().contains("close=null"), e.getMessage());
        }
        try (JsonBarSource bars = open(JsonBarFormat.of("X").withPolicy(BadRowPolicy.LENIENT), json)) {
            assertEquals(1 * MS, bars.next().timeNanos());
            assertEquals(3 * MS, bars.next().timeNanos());
            assertFalse(bars.hasNext());
            assertEquals(1, bars.skippedRows().count());
            assertEquals(3, bars.skippedRows().first().get(0).line());
        }
    }

    @Test
    void brokenJsonStopsTheReadNamingTheLine() {
        String json = "[{\"time\":1,\"open\":1,\"high\":1,\"low\":1,\"close\":1,\"volume\":1},\n{\"time\":2,,}]";
        try (JsonBarSource bars = open(JsonBarFormat.of("X").withPolicy(BadRowPolicy.LENIENT), json)) {
            bars.next();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bars::next);
            assertTrue(e.getMessage().contains("bars.json line 2") && e.getMessage().contains("broken JSON"),
                    e.getMessage());
        }
    }
}
