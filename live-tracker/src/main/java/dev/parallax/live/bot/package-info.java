/**
 * Plugging the live tracker into an existing trading bot: settings from environment variables
 * and two calls, after an entry and after an exit.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package dev.parallax.live.bot;
