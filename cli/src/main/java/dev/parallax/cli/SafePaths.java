package dev.parallax.cli;

import dev.parallax.cli.UsageException;
import java.nio.file.Path;

/**
 * Resolves names that users supply inside a folder a command owns, refusing any that would land
 * outside it (absolute paths, {@code ..}, a drive or root).
 */
public final class SafePaths {

    private SafePaths() {
    }

    /**
     * {@code folder/name}, normalised.
     *
     * @param what what the name is, for the message ({@code "--parity-dir"})
     * @throws CliException if {@code name} is blank, absolute, or leaves {@code folder}
     */
    public static Path inside(Path folder, String name, String what) {
        if (name == null || name.isBlank()) {
            throw UsageException.of(what, what + " must not be blank");
        }
        Path relative = Path.of(name);
        Path base = folder.toAbsolutePath().normalize();
        Path resolved = base.resolve(relative).normalize();
        if (relative.isAbsolute() || relative.getRoot() != null || !resolved.startsWith(base) || resolved.equals(base)) {
            throw UsageException.of(what, what + " must be a relative path inside " + folder + ", was '" + name + "'");
        }
        return resolved;
    }
}
