package dev.parallax.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {

    @TempDir
    Path dir;

    private CliException refused(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return assertThrows(CliException.class, () -> ConfigReader.read(file));
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsRefusedNotCut() throws IOException {
        CliException yaml = refused("c.yaml", "strategy: sma-cross\nseed: 1.5\n");
        assertTrue(yaml.getMessage().contains("field 'seed'") && yaml.getMessage().contains("line 2"), yaml.getMessage());
        CliException json = refused("c.json", "{\"seed\": 1e3}");
        assertTrue(json.getMessage().contains("field 'seed'"), json.getMessage());
    }

    @Test
    void aKeyGivenTwiceIsRefusedNotOverwritten() throws IOException {
        CliException yaml = refused("d.yaml", "settings: {fast: 10, slow: 40}\nsettings: {fast: 5}\n");
        assertTrue(yaml.getMessage().contains("Duplicate field 'settings'"), yaml.getMessage());
        CliException json = refused("d.json", "{\"models\": {\"fee\": {\"name\": \"zero\"}, \"fee\": {\"name\": \"bitstamp\"}}}");
        assertTrue(json.getMessage().contains("Duplicate field 'fee'"), json.getMessage());
    }

    @Test
    void wholeNumbersAndNumberSettingsStillRead() throws IOException {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, "seed: 7\nbalance: 10000\nsettings: {fast: 5, slow: 20.5}\n");
        BacktestFile config = ConfigReader.read(file);
        assertEquals(7L, config.seed());
        assertEquals("20.5", config.settings().get("slow"));
    }
    @Test
    void anEmptyFileSaysSo() throws IOException {
        CliException e = refused("empty.yaml", "# nothing here yet\n");
        assertEquals("config file " + dir.resolve("empty.yaml") + " is empty", e.getMessage());
    }
}
