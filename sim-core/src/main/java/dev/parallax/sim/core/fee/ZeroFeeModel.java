package dev.parallax.sim.core.fee;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelProvider;
import java.util.Set;

/** Charges nothing: for studies that isolate other costs, or venues without fees. */
public final class ZeroFeeModel implements FeeModel {

    /** The one instance. */
    public static final ZeroFeeModel INSTANCE = new ZeroFeeModel();

    private ZeroFeeModel() {
    }

    @Override
    public double fee(Order order, FillType fillType, double price, double size, long fillTimeNanos) {
        return 0.0;
    }

    /** Registers {@code zero}; takes no settings. */
    public static final class Provider implements FeeModelProvider {
        @Override
        public String name() {
            return "zero";
        }

        @Override
        public String description() {
            return "no fee; no settings";
        }

        @Override
        public FeeModel create(ModelSettings settings) {
            settings.requireOnly("fee model 'zero'", Set.of());
            return INSTANCE;
        }
    }
}
