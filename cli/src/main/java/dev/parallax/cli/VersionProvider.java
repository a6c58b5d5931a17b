package dev.parallax.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the build recorded ({@link ParallaxVersion}) and the Java running it. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"parallax " + ParallaxVersion.get(),
                "Java " + System.getProperty("java.version")};
    }
}
