package dev.parallax.parity.alert;

/**
 * Somewhere alerts go: a log, a file, a webhook. Implementations must be safe to call from
 * several threads. A sink that fails throws; the tracker logs the failure and still delivers the
 * alert to the other sinks.
 */
public interface AlertSink {

    /** The name of the provider that made this sink, for messages about it. */
    String name();

    /** Delivers {@code alert}. */
    void send(ParityAlert alert);
}
