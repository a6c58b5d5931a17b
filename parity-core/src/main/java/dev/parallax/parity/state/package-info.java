/**
 * The saved disable state of each strategy: one small JSON file per strategy, written atomically,
 * read when a tracker starts.
 *
 * <p>Null policy: no method accepts or returns {@code null}; an absent text is the empty string
 * and an absent state is an empty {@link java.util.Optional}.
 */
package dev.parallax.parity.state;
