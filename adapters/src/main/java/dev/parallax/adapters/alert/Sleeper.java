package dev.parallax.adapters.alert;

import java.time.Duration;

/** Waits between retries; injectable so tests do not wait. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps the current thread. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /** Waits for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
}
