package dev.parallax.live.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BotHookSettingsTest {

    @Test
    void withoutTheEnabledVariableTrackingIsOff() {
        assertSame(BotHookSettings.DISABLED, BotHookSettings.fromEnvironment(Map.of()));
        assertSame(BotHookSettings.DISABLED, BotHookSettings.fromEnvironment(Map.of("LIVE_TRACKER_ENABLED", "false")));
    }

    @Test
    void everyVariableIsReadAndLimitsMayBeFractionsOrPercentages() {
        BotHookSettings settings = BotHookSettings.fromEnvironment(Map.of(
                "LIVE_TRACKER_ENABLED", "TRUE",
                "LIVE_TRACKER_DATA_DIR", "/var/bot/live",
                "LIVE_TRACKER_MAX_DAILY_LOSS", "3%",
                "LIVE_TRACKER_MAX_DRAWDOWN", "0.2",
                "INITIAL_BALANCE", "25000"));

        assertTrue(settings.enabled());
        assertEquals(Path.of("/var/bot/live"), settings.dataFolder());
        assertEquals(0.03, settings.limits().maxDailyLoss(), 1e-15);
        assertEquals(0.2, settings.limits().maxDrawdown());
        assertEquals(25_000, settings.initialBalance());
    }

    @Test
    void malformedVariablesAreRejectedNamingTheVariable() {
        assertMessage("LIVE_TRACKER_ENABLED must be true or false, was 'yes'", Map.of("LIVE_TRACKER_ENABLED", "yes"));
        assertMessage("INITIAL_BALANCE must be set", Map.of("LIVE_TRACKER_ENABLED", "true"));
        assertMessage("INITIAL_BALANCE must be a number, was 'lots'",
                Map.of("LIVE_TRACKER_ENABLED", "true", "INITIAL_BALANCE", "lots"));
        assertMessage("INITIAL_BALANCE must be a finite number > 0",
                Map.of("LIVE_TRACKER_ENABLED", "true", "INITIAL_BALANCE", "-5"));
        assertMessage("LIVE_TRACKER_MAX_DAILY_LOSS must be a fraction in (0, 1] such as 0.05, or a percentage such as 5%, was '5'",
                Map.of("LIVE_TRACKER_ENABLED", "true", "INITIAL_BALANCE", "100", "LIVE_TRACKER_MAX_DAILY_LOSS", "5"));
    }

    private static void assertMessage(String expected, Map<String, String> env) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BotHookSettings.fromEnvironment(env));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
