package dev.parallax.adapters.alert;

import java.util.Optional;

/** Reads environment variables; injectable so tests need not change the real environment. */
@FunctionalInterface
public interface EnvironmentLookup {

    /** The process environment. */
    EnvironmentLookup SYSTEM = name -> Optional.ofNullable(System.getenv(name));

    /** The value of {@code name}, or empty when it is not set. */
    Optional<String> get(String name);
}
