/**
 * Alert sinks that deliver parity and risk alerts outside the process, registered through the
 * parity-core alert-sink SPI ({@link dev.parallax.parity.alert.AlertSinkProvider}): {@code webhook}
 * posts Slack-compatible JSON to a URL taken from the environment.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package dev.parallax.adapters.alert;
