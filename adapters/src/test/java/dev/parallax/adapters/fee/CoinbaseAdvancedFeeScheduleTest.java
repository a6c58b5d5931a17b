package dev.parallax.adapters.fee;

import static dev.parallax.adapters.fee.FeeFixtures.HOUR;
import static dev.parallax.adapters.fee.FeeFixtures.T0;
import static dev.parallax.adapters.fee.FeeFixtures.limit;
import static dev.parallax.adapters.fee.FeeFixtures.market;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelContract;
import org.junit.jupiter.api.Test;

class CoinbaseAdvancedFeeScheduleTest extends FeeModelContract {

    @Override
    protected FeeModel model() {
        return new CoinbaseAdvancedFeeSchedule.Provider().create(ModelSettings.EMPTY);
    }

    @Override
    protected boolean stateless() {
        return false;
    }

    @Test
    void theTierStepsDownAsThirtyDayVolumeCrossesOneThousandAndTenThousandDollars() {
        FeeModel model = model();
        // Intro 1: 1,000 USD taker at 120 bps = 12.00
        assertEquals(12.0, model.fee(market(T0), FillType.AGGRESSIVE, 50_000, 0.02, T0), 1e-9);
        // 1,000 traded: Intro 2, maker 35 bps of 9,000 = 31.50
        assertEquals(31.5, model.fee(limit(T0 + HOUR), FillType.MAKER, 50_000, 0.18, T0 + HOUR), 1e-9);
        // 10,000 traded: Advanced 1, taker 40 bps of 10,000 = 40.00
        assertEquals(40.0, model.fee(market(T0 + 2 * HOUR), FillType.TAKER, 50_000, 0.2, T0 + 2 * HOUR), 1e-9);
    }

    @Test
    void theTopTiersChargeMakersNothing() {
        FeeModel model = new CoinbaseAdvancedFeeSchedule.Provider().create(ModelSettings.of("tier", "VIP 5"));
        assertEquals(0.0, model.fee(limit(T0), FillType.MAKER, 50_000, 10, T0), 0.0);
        // taker 5 bps of 500,000 = 250.00
        assertEquals(250.0, model.fee(market(T0), FillType.AGGRESSIVE, 50_000, 10, T0), 1e-9);
    }
}
