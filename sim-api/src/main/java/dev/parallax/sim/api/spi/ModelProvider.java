package dev.parallax.sim.api.spi;

import dev.parallax.sim.api.ModelSettings;

/**
 * Creates one kind of model from settings, under a stable name that configurations refer to.
 * Implementations are registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/<provider interface>} and must have a cheap public no-argument
 * constructor.
 *
 * @param <M> the model type
 */
public interface ModelProvider<M> {

    /** Stable, lower-case, hyphenated name, such as {@code maker-taker}; never changes between releases. */
    String name();

    /** One line saying what the model does and which settings it reads. */
    String description();

    /**
     * A new model configured by {@code settings}.
     *
     * @throws IllegalArgumentException for an unknown key or a value out of range, naming both
     */
    M create(ModelSettings settings);
}
