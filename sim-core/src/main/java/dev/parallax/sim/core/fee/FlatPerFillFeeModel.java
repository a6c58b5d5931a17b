package dev.parallax.sim.core.fee;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelProvider;
import java.util.Set;

/**
 * The same fee for every fill, whatever its size: a ticket charge. Note that an order filled in
 * three parts pays three times.
 *
 * @param feePerFill fee per fill in quote currency, finite and {@code >= 0}
 */
public record FlatPerFillFeeModel(double feePerFill) implements FeeModel {

    /** Validates the fee. */
    public FlatPerFillFeeModel {
        Preconditions.nonNegative("feePerFill", feePerFill);
    }

    @Override
    public double fee(Order order, FillType fillType, double price, double size, long fillTimeNanos) {
        return feePerFill;
    }

    /** Registers {@code flat-per-fill}; setting {@code fee_per_fill} (default 1.0). */
    public static final class Provider implements FeeModelProvider {
        @Override
        public String name() {
            return "flat-per-fill";
        }

        @Override
        public String description() {
            return "a fixed fee per fill; setting fee_per_fill (1.0)";
        }

        @Override
        public FeeModel create(ModelSettings settings) {
            settings.requireOnly("fee model 'flat-per-fill'", Set.of("fee_per_fill"));
            return new FlatPerFillFeeModel(settings.getDouble("fee_per_fill", 1.0));
        }
    }
}
