package dev.parallax.examples.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradingBotExampleTest {

    @Test
    void withTrackingOnEveryFillIsRecordedInTheDatabase(@TempDir Path dir) throws Exception {
        assertEquals(4, TradingBotExample.run(TradingBotExample.enabledIn(dir), new PrintStream(new ByteArrayOutputStream())));
        assertTrue(Files.isRegularFile(dir.resolve("btc-bot-example_live.db")));
    }

    @Test
    void withTrackingOffNothingIsRecorded() throws Exception {
        assertEquals(0, TradingBotExample.run(Map.of(), new PrintStream(new ByteArrayOutputStream())));
    }
}
