package dev.parallax.sim.core.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelContract;
import org.junit.jupiter.api.Test;

class MakerTakerFeeModelTest extends FeeModelContract {

    private static final Order LIMIT = Order.limit("l", "BTC/USD", Side.BUY, 1.0, 50_000, 0);
    private static final Order MARKET = Order.market("m", "BTC/USD", Side.BUY, 1.0, 0);

    @Override
    protected FeeModel model() {
        return MakerTakerFeeModel.DEFAULT;
    }

    @Test
    void restingLimitOrderPaysTheMakerRate() {
        // 50,000 * 1.0 * 5 / 10,000 = 25.0
        assertEquals(25.0, MakerTakerFeeModel.DEFAULT.fee(LIMIT, FillType.MAKER, 50_000, 1.0, 0), 1e-9);
        assertEquals(25.0, MakerTakerFeeModel.DEFAULT.fee(LIMIT, FillType.PASSIVE, 50_000, 1.0, 0), 1e-9);
    }

    @Test
    void feeIsChargedAtTakerRateWhenOrderCrossesSpread() {
        // 50,005 * 1.0 * 10 / 10,000 = 50.005
        assertEquals(50.005, MakerTakerFeeModel.DEFAULT.fee(LIMIT, FillType.TAKER, 50_005, 1.0, 0), 1e-9);
    }

    @Test
    void marketOrderPaysTheMarketRate() {
        // 50,005 * 0.5 * 15 / 10,000 = 37.50375
        assertEquals(37.50375, MakerTakerFeeModel.DEFAULT.fee(MARKET, FillType.AGGRESSIVE, 50_005, 0.5, 0), 1e-9);
    }

    @Test
    void tinyFillsPayTheMinimumFee() {
        // 10 * 0.001 * 5 / 10,000 = 0.000005, raised to the 0.01 minimum
        assertEquals(0.01, MakerTakerFeeModel.DEFAULT.fee(LIMIT, FillType.MAKER, 10, 0.001, 0), 0.0);
    }

    @Test
    void negativeMakerRateIsARebateWithoutMinimum() {
        MakerTakerFeeModel rebate = new MakerTakerFeeModel(-2, 10, 15, 0.01);
        // 50,000 * 1.0 * -2 / 10,000 = -10.0
        assertEquals(-10.0, rebate.fee(LIMIT, FillType.MAKER, 50_000, 1.0, 0), 1e-9);
    }

    @Test
    void providerReadsSettingsAndRejectsUnknownKeys() {
        FeeModel m = new MakerTakerFeeModel.Provider().create(ModelSettings.of("maker_bps", "2", "min_fee", "0"));
        assertEquals(10.0, m.fee(LIMIT, FillType.MAKER, 50_000, 1.0, 0), 1e-9);
        var e = assertThrows(IllegalArgumentException.class,
                () -> new MakerTakerFeeModel.Provider().create(ModelSettings.of("maker", "2")));
        assertTrue(e.getMessage().contains("unknown setting(s) [maker]"), e.getMessage());
    }

    @Test
    void negativeTakerRateIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new MakerTakerFeeModel(5, -1, 15, 0.01));
        assertTrue(e.getMessage().startsWith("takerBps must be between 0.0 and 1000.0, was -1.0"), e.getMessage());
    }
}
