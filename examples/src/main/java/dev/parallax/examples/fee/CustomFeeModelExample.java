package dev.parallax.examples.fee;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.spi.FeeModel;
import java.io.PrintStream;

/** Looks up the custom {@code flat-ticket} fee model by name, exactly as the built-in models are found. */
public final class CustomFeeModelExample {

    private CustomFeeModelExample() {
    }

    /** Runs the example. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Prices one fill with {@code flat-ticket} and returns the fee. */
    public static double run(PrintStream out) {
        FeeModel fees = ModelLookup.fromClasspath().fee("flat-ticket", ModelSettings.of("ticket", "2.5", "bps", "1"));
        Order order = Order.market("o-1", "BTC/USD", Side.BUY, 0.5, 0L);
        double fee = fees.fee(order, FillType.AGGRESSIVE, 50_000, 0.5, order.timeNanos());
        out.printf("flat-ticket fee of 0.5 BTC at 50,000: %.2f%n", fee);
        return fee;
    }
}
