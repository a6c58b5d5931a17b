package dev.parallax.cli.command;

import dev.parallax.parity.StrategyName;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks the value of a {@code --strategy} that names files in the data folder (the live database,
 * the parity state) when the command line is parsed, so a name {@link StrategyName} refuses is a bad
 * argument (exit 2) naming the option, like any other value that cannot be used.
 */
public final class StrategyNameConverter implements ITypeConverter<String> {

    /**
     * {@code value} itself once {@link StrategyName#of} accepts it.
     *
     * @throws TypeConversionException with {@link StrategyName}'s reason otherwise
     */
    @Override
    public String convert(String value) {
        try {
            StrategyName.of(value);
            return value;
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
