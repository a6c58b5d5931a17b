package dev.parallax.alert;

/**
 * Makes an {@link AlertSink}; found with {@link java.util.ServiceLoader}. Implementations need a
 * public no-arg constructor that does no work, and must be listed in
 * {@code META-INF/services/dev.parallax.alert.AlertSinkProvider}.
 */
public interface AlertSinkProvider {

    /** A stable, unique name such as {@code slf4j} or {@code webhook}. */
    String name();

    /** One line saying where the alerts go. */
    String description();

    /** A sink configured from {@code context}. */
    AlertSink create(AlertSinkContext context);
}
