package dev.parallax.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertTest {

    private static final Instant T = Instant.parse("2024-03-04T10:00:00Z");

    @Test
    void everyKindBelongsToTheSourceThatRaisesIt() {
        assertEquals(AlertSource.PARITY, AlertKind.STATUS_CHANGED.source());
        assertEquals(AlertSource.PARITY, AlertKind.DISABLED.source());
        assertEquals(AlertSource.PARITY, AlertKind.RESET.source());
        assertEquals(AlertSource.RISK, AlertKind.DAILY_LOSS_BREAKER_TRIPPED.source());
        assertEquals(AlertSource.RISK, AlertKind.DRAWDOWN_LIMIT_CROSSED.source());
        assertEquals(AlertSource.RISK, AlertKind.BREAKER_RESET.source());
        assertEquals("risk", Alert.of("s", AlertKind.BREAKER_RESET, AlertSeverity.WARNING, "m", "bob", T)
                .source().label());
    }

    @Test
    void theSameContentGivesTheSameIdAndOtherContentAnother() {
        Alert one = Alert.of("s", AlertKind.DISABLED, AlertSeverity.CRITICAL, "why", "", T);
        Alert same = Alert.of("s", AlertKind.DISABLED, AlertSeverity.CRITICAL, "why", "", T);
        Alert later = Alert.of("s", AlertKind.DISABLED, AlertSeverity.CRITICAL, "why", "", T.plusNanos(1));
        assertEquals(one.id(), same.id());
        assertNotEquals(one.id(), later.id());
        assertNotEquals(one.contentId("event 1"), one.contentId("event 2"));
        assertEquals(36, one.id().length(), "a UUID");
    }

    @Test
    void theIdIsTheNameBasedUuidOfTheFieldsJoinedByNul() {
        // MD5 of "grid\0DISABLED\0CRITICAL\0drift\0\02024-03-01T18:00:00Z\0" with the version 3 and
        // variant bits set, computed outside Java (Python hashlib): ids already delivered stay the same
        Alert alert = Alert.of("grid", AlertKind.DISABLED, AlertSeverity.CRITICAL, "drift", "",
                Instant.parse("2024-03-01T18:00:00Z"));
        assertEquals("f93ca708-6e89-3867-9736-057f4e5734c2", alert.id());
    }

    @Test
    void aBlankOrOverlongIdIsRefusedNamingTheRule() {
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> new Alert(" ", AlertKind.RESET, "s", AlertSeverity.WARNING, "m", "", T));
        assertEquals("id", blank.getMessage().substring(0, 2));
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> new Alert("x".repeat(129), AlertKind.RESET, "s", AlertSeverity.WARNING, "m", "", T));
        assertEquals("id must be at most 128 characters, was 129", tooLong.getMessage());
    }
}
