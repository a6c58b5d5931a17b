package dev.parallax.sim.core.fee;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelProvider;
import java.util.Set;

/**
 * A fee per unit traded (per share, per contract), with a minimum per fill:
 * {@code fee = max(minFee, size * feePerUnit)}.
 *
 * @param feePerUnit fee per unit in quote currency, {@code >= 0}
 * @param minFee     smallest fee per fill, {@code >= 0}
 */
public record PerUnitFeeModel(double feePerUnit, double minFee) implements FeeModel {

    /** Validates both amounts. */
    public PerUnitFeeModel {
        Preconditions.nonNegative("feePerUnit", feePerUnit);
        Preconditions.nonNegative("minFee", minFee);
    }

    @Override
    public double fee(Order order, FillType fillType, double price, double size, long fillTimeNanos) {
        return Math.max(minFee, size * feePerUnit);
    }

    /** Registers {@code per-unit}; settings {@code fee_per_unit} (0.005) and {@code min_fee} (0). */
    public static final class Provider implements FeeModelProvider {
        @Override
        public String name() {
            return "per-unit";
        }

        @Override
        public String description() {
            return "a fee per unit traded; settings fee_per_unit (0.005), min_fee (0)";
        }

        @Override
        public FeeModel create(ModelSettings settings) {
            settings.requireOnly("fee model 'per-unit'", Set.of("fee_per_unit", "min_fee"));
            return new PerUnitFeeModel(settings.getDouble("fee_per_unit", 0.005), settings.getDouble("min_fee", 0.0));
        }
    }
}
