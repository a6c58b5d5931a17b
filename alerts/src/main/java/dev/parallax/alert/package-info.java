/**
 * Alerts and the sinks they go to. An {@link dev.parallax.alert.Alert} has a
 * {@link dev.parallax.alert.AlertSource source} (the parity tracker or the live tracker's risk
 * limits) and a {@link dev.parallax.alert.AlertKind kind} of that source. The package is a module
 * of its own, {@code alerts}, that depends on neither tracker, so both can raise alerts and a sink
 * needs neither.
 *
 * <p>{@link dev.parallax.alert.AlertSink} and {@link dev.parallax.alert.AlertSinkProvider} are the
 * SPI: a jar that lists a provider in
 * {@code META-INF/services/dev.parallax.alert.AlertSinkProvider} adds a sink with no change to
 * Parallax. Two sinks are built in and always present: {@code slf4j} (log lines) and
 * {@code alert-log-file} ({@code parity_disable_alerts.log}).
 *
 * <p>Null policy: no method accepts or returns {@code null}; an absent text is the empty string.
 */
package dev.parallax.alert;
