package dev.parallax.sim.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.function.Executable;

/** The rule every fuzz test checks: a call works, or throws IllegalArgumentException with a message. */
final class Fuzz {

    private Fuzz() {
    }

    /** Runs {@code call}; fails the test if it throws anything but an IllegalArgumentException with a message. */
    static void worksOrRejected(Executable call, String... messageMentions) {
        try {
            call.execute();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            assertFalse(message == null || message.isBlank(), "rejected without a message");
            for (String mention : messageMentions) {
                assertTrue(message.contains(mention), "message should mention " + mention + ": " + message);
            }
        } catch (Throwable e) {
            fail("expected success or IllegalArgumentException, got " + e, e);
        }
    }
}
