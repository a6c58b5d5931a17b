package dev.parallax.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "parity", mixinStandardHelpOptions = true)
public final class ParityCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
