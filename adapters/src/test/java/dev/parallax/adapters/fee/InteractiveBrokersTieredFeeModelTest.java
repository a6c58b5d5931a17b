package dev.parallax.adapters.fee;

import static dev.parallax.adapters.fee.FeeFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelContract;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InteractiveBrokersTieredFeeModelTest extends FeeModelContract {

    /** Pass-through fees: NYSE 0.000175 + FINRA 0.000563 of the commission. */
    private static final double PASS_THROUGH = 1.000738;

    private static Order order(String id, double size, long t) {
        return Order.limit(id, "AAPL", Side.BUY, size, 25, t);
    }

    private static FeeModel create(String... settings) {
        return new InteractiveBrokersTieredFeeModel.Provider().create(ModelSettings.of(settings));
    }

    @Override
    protected FeeModel model() {
        return create();
    }

    @Override
    protected boolean stateless() {
        return false;
    }

    @Test
    void thousandSharesPayTheFirstTierRatePlusClearingAndPassThrough() {
        // 1,000 * 0.0035 = 3.50 commission (between 0.35 and 1% of 25,000); * 1.000738 + 1,000 * 0.0002
        assertEquals(3.5 * PASS_THROUGH + 0.2,
                create().fee(order("a", 1_000, T0), FillType.TAKER, 25, 1_000, T0), 1e-12);
    }

    @Test
    void theMinimumIsChargedOncePerOrderAcrossPartialFills() {
        FeeModel model = create();
        // first 50 shares: 0.175 raised to the 0.35 minimum
        assertEquals(0.35 * PASS_THROUGH + 50 * 0.0002, model.fee(order("p", 100, T0), FillType.MAKER, 25, 50, T0), 1e-12);
        // next 50: the order's commission is 100 * 0.0035 = 0.35, already paid: clearing only
        assertEquals(50 * 0.0002, model.fee(order("p", 100, T0), FillType.MAKER, 25, 50, T0), 1e-12);
    }

    @Test
    void theCommissionNeverExceedsOnePercentOfTradeValue() {
        // 1,000 shares at 0.20 = 200 traded; 3.50 capped at 2.00
        assertEquals(2.0 * PASS_THROUGH + 0.2, create().fee(order("c", 1_000, T0), FillType.TAKER, 0.20, 1_000, T0), 1e-12);
    }

    @Test
    void theRateFallsAfterThreeHundredThousandSharesInTheMonthAndRisesAgainNextMonth() {
        InteractiveBrokersTieredFeeModel model = InteractiveBrokersTieredFeeModel.standard();
        model.fee(order("big", 300_000, T0), FillType.TAKER, 25, 300_000, T0);
        assertEquals(3.5 * PASS_THROUGH + 0.2, model.fee(order("x", 1_000, T0 + 1), FillType.TAKER, 25, 1_000, T0 + 1), 1e-9);
        // 301,000 shares this month: 0.0020 per share
        assertEquals(2.0 * PASS_THROUGH + 0.2, model.fee(order("y", 1_000, T0 + 2), FillType.TAKER, 25, 1_000, T0 + 2), 1e-9);
        long april = Instant.parse("2024-04-01T12:00:00Z").toEpochMilli() * 1_000_000L;
        assertEquals(3.5 * PASS_THROUGH + 0.2, model.fee(order("z", 1_000, april), FillType.TAKER, 25, 1_000, april), 1e-9);
    }

    @Test
    void anOrderSentInOneMonthAndFilledInTheNextPaysTheNewMonthsTier() {
        InteractiveBrokersTieredFeeModel model = InteractiveBrokersTieredFeeModel.standard();
        model.fee(order("big", 300_000, T0), FillType.TAKER, 25, 300_000, T0);
        // sent in the month that traded 300,000 shares (0.0020 per share), filled on April 1st, when the
        // month-to-date count starts again from 0: 1,000 * 0.0035 = 3.50 commission
        long april = Instant.parse("2024-04-01T12:00:00Z").toEpochMilli() * 1_000_000L;
        assertEquals(3.5 * PASS_THROUGH + 0.2, model.fee(order("m", 1_000, T0 + 1), FillType.MAKER, 25, 1_000, april),
                1e-9);
    }

    @Test
    void anExchangeRebateForAddingLiquidityCanMakeTheFeeNegative() {
        FeeModel model = create("exchange_add_per_share", "-0.004", "exchange_remove_per_share", "0.003");
        // 3.5 * 1.000738 + 0.2 - 1,000 * 0.004 = -0.297417
        assertEquals(3.5 * PASS_THROUGH + 0.2 - 4.0, model.fee(order("r", 1_000, T0), FillType.MAKER, 25, 1_000, T0), 1e-12);
        assertEquals(3.5 * PASS_THROUGH + 0.2 + 3.0, model.fee(order("s", 1_000, T0), FillType.TAKER, 25, 1_000, T0), 1e-12);
    }

    @Test
    void badSettingsFailNamingTheSetting() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> create("tier", "gold")).getMessage()
                .contains("<= 300,000"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> create("zone", "Mars/Olympus")).getMessage()
                .contains("'zone'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> create("exchange_add_per_share", "0.5"))
                .getMessage().contains("exchange_add_per_share"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> create("exchange_add_per_share", "0.003"))
                .getMessage().contains("exchange_remove_per_share"));
    }
}
