package dev.parallax.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or {@code development} when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Parallax.class.getPackage().getImplementationVersion();
        return new String[] {"parallax " + (version == null ? "0.1.0-SNAPSHOT" : version),
                "Java " + System.getProperty("java.version")};
    }
}
