package com.example.venue;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelProvider;
import java.util.Set;

/**
 * A third party's fee model. PluginJarDiscoveryTest compiles this file at test time and packs it
 * into a jar with its META-INF/services entry, so the class exists only inside that jar.
 */
public final class FlatBpsFeeModelProvider implements FeeModelProvider {

    @Override
    public String name() {
        return "example-venue";
    }

    @Override
    public String description() {
        return "every fill pays bps of notional; setting bps (7)";
    }

    @Override
    public FeeModel create(ModelSettings settings) {
        settings.requireOnly("fee model 'example-venue'", Set.of("bps"));
        double bps = settings.getDouble("bps", 7);
        return (Order order, FillType type, double price, double size, long fillTimeNanos) -> price * size * bps / 10_000.0;
    }
}
