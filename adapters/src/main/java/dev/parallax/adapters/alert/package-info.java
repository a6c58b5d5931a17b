/**
 * Alert sinks that deliver parity and risk alerts outside the process, registered through the
 * alert-sink SPI of the alerts module ({@link dev.parallax.alert.AlertSinkProvider}): {@code webhook}
 * posts Slack-compatible JSON to a URL taken from the environment.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package dev.parallax.adapters.alert;
