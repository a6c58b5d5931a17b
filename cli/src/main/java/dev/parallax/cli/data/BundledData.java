package dev.parallax.cli.data;

import dev.parallax.cli.CliException;
import java.io.InputStream;

/**
 * The real market data inside the jar: the Bitstamp BTC/USD trades of 2013-11-25 to 2013-12-01
 * (100,000 rows) that ta4j ships in {@code org.ta4j:ta4j-examples} (MIT licence), extracted from
 * Maven Central when the jar is built.
 */
public final class BundledData {

    /** Name of the bundled trades file in messages. */
    public static final String NAME = "bitstamp_trades_from_20131125_usd.csv";
    /** Symbol of the bundled trades. */
    public static final String SYMBOL = "BTC/USD";

    private static final String RESOURCE = "/dev/parallax/cli/data/" + NAME;

    private BundledData() {
    }

    /**
     * Opens the bundled trades file.
     *
     * @throws CliException if the build did not bundle it
     */
    public static InputStream open() {
        InputStream in = BundledData.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new CliException("the bundled data " + NAME + " is missing from this build; rebuild with "
                    + "'./mvnw -B -q package -DskipTests -pl cli -am' or pass --data FILE");
        }
        return in;
    }
}
