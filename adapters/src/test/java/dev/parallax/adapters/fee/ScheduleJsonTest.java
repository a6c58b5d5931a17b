package dev.parallax.adapters.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleJsonTest {

    @TempDir
    Path dir;

    @Test
    void everyBundledScheduleStatesItsSourceDateAndNotes() {
        List<FeeSchedule> schedules = List.of(BinanceSpotFeeSchedule.load(), CoinbaseAdvancedFeeSchedule.load(),
                KrakenProFeeSchedule.load(), BitstampFeeSchedule.load());
        for (FeeSchedule s : schedules) {
            assertTrue(s.source().startsWith("https://"), s.venue());
            assertFalse(s.notes().isBlank(), s.venue());
            assertEquals("USD", s.volumeCurrency());
        }
        PerShareSchedule ib = InteractiveBrokersTieredFeeModel.load();
        assertTrue(ib.source().startsWith("https://www.interactivebrokers"));
        assertEquals(0.35, ib.minPerOrder(), 0);
        assertEquals(5, ib.tiers().size());
    }

    @Test
    void anUnknownFieldIsAnErrorNamingItAndTheAllowedOnes() throws IOException {
        Path file = write("{\"venue\":\"v\",\"source\":\"s\",\"retrieved\":\"2026-01-01\",\"volume_currency\":\"USD\","
                + "\"notes\":\"\",\"tiers\":[],\"fees\":1}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScheduleJson.file(file));
        assertTrue(e.getMessage().contains("[fees]") && e.getMessage().contains("allowed"), e.getMessage());
    }

    @Test
    void tiersOutOfOrderAreAnErrorNamingTheTier() throws IOException {
        Path file = write("{\"venue\":\"v\",\"source\":\"s\",\"retrieved\":\"2026-01-01\",\"volume_currency\":\"USD\","
                + "\"notes\":\"\",\"tiers\":[{\"name\":\"a\",\"min_volume\":0,\"maker_bps\":1,\"taker_bps\":2},"
                + "{\"name\":\"b\",\"min_volume\":0,\"maker_bps\":1,\"taker_bps\":2}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScheduleJson.file(file));
        assertTrue(e.getMessage().contains("'b'"), e.getMessage());
    }

    @Test
    void aBadDateIsAnErrorShowingTheExpectedForm() throws IOException {
        Path file = write("{\"venue\":\"v\",\"source\":\"s\",\"retrieved\":\"21/11/2026\",\"volume_currency\":\"USD\","
                + "\"notes\":\"\",\"tiers\":[{\"name\":\"a\",\"min_volume\":0,\"maker_bps\":1,\"taker_bps\":2}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScheduleJson.file(file));
        assertTrue(e.getMessage().contains("21/11/2026"), e.getMessage());
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve("schedule.json");
        Files.writeString(file, json);
        return file;
    }
}
