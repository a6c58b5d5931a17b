package dev.parallax.alert;

/**
 * Somewhere alerts go: a log, a file, a webhook. Implementations must be safe to call from
 * several threads. A sink that fails throws; the caller logs the failure and still delivers the
 * alert to the other sinks (the live tracker's sender also retries it later). A sink may block on
 * the network: the live tracker calls it from a thread of its own, never while recording.
 */
public interface AlertSink {

    /** The name of the provider that made this sink, for messages about it. */
    String name();

    /**
     * Delivers {@code alert}. The same alert (the same {@link Alert#id()}) may come more than once
     * when an earlier delivery failed or was cut short by a crash; a sink that must not repeat
     * itself can remember the ids it has seen.
     */
    void send(Alert alert);
}
