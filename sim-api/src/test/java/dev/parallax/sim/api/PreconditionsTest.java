package dev.parallax.sim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void notBlankAcceptsAnyStringWithANonWhitespaceCharacter() {
        for (String ok : new String[] {"a", "o-1", " x", "\tBTC/USD", "\u00A0", "é", "\u3000y", "~"}) {
            assertEquals(ok, Preconditions.notBlank("id", ok));
        }
    }

    @Test
    void notBlankRejectsNullEmptyAndWhitespaceOnlyStringsNamingTheField() {
        for (String bad : new String[] {null, "", " ", "\t\n", "\u3000", "\u2028 "}) {
            var e = assertThrows(IllegalArgumentException.class, () -> Preconditions.notBlank("orderId", bad));
            assertTrue(e.getMessage().startsWith("orderId must not be blank"), e.getMessage());
        }
    }
}
