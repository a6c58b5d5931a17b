package dev.parallax.examples.fee;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelProvider;
import java.util.Set;

/**
 * A custom fee model to copy from: a broker that charges a fixed ticket per fill plus bps of the
 * notional, and nothing extra for resting orders. Registered as {@code flat-ticket} in this module's
 * {@code META-INF/services/dev.parallax.sim.api.spi.FeeModelProvider}.
 *
 * @param ticket fixed fee per fill, {@code >= 0}
 * @param bps    basis points of the notional, {@code >= 0}
 */
public record FlatTicketFeeModel(double ticket, double bps) implements FeeModel {

    /** Rejects negative or non-finite figures. */
    public FlatTicketFeeModel {
        if (!(ticket >= 0) || Double.isInfinite(ticket)) {
            throw new IllegalArgumentException("ticket must be a finite number >= 0, was " + ticket);
        }
        if (!(bps >= 0) || Double.isInfinite(bps)) {
            throw new IllegalArgumentException("bps must be a finite number >= 0, was " + bps);
        }
    }

    @Override
    public double fee(Order order, FillType fillType, double price, double size, long fillTimeNanos) {
        return ticket + price * size * bps / 10_000.0;
    }

    /** Registers {@code flat-ticket}; settings {@code ticket} (1.0) and {@code bps} (2). */
    public static final class Provider implements FeeModelProvider {
        @Override
        public String name() {
            return "flat-ticket";
        }

        @Override
        public String description() {
            return "fixed ticket per fill plus bps of notional; settings ticket (1.0), bps (2)";
        }

        @Override
        public FeeModel create(ModelSettings s) {
            s.requireOnly("fee model 'flat-ticket'", Set.of("ticket", "bps"));
            return new FlatTicketFeeModel(s.getDouble("ticket", 1.0), s.getDouble("bps", 2));
        }
    }
}
