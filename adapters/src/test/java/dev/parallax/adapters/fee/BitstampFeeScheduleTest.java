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

class BitstampFeeScheduleTest extends FeeModelContract {

    @Override
    protected FeeModel model() {
        return new BitstampFeeSchedule.Provider().create(ModelSettings.EMPTY);
    }

    @Override
    protected boolean stateless() {
        return false;
    }

    @Test
    void theTierStepsDownAsThirtyDayVolumeGrows() {
        FeeModel model = model();
        // $0+: taker 40 bps of 20,000 = 80.00
        assertEquals(80.0, model.fee(market(T0), FillType.AGGRESSIVE, 50_000, 0.4, T0), 1e-9);
        // 20,000 traded: $20K+, maker 22 bps of 80,000 = 176.00
        assertEquals(176.0, model.fee(limit(T0 + HOUR), FillType.MAKER, 50_000, 1.6, T0 + HOUR), 1e-9);
        // 100,000 traded: $100K+, taker 25 bps of 50,000 = 125.00
        assertEquals(125.0, model.fee(market(T0 + 2 * HOUR), FillType.TAKER, 50_000, 1, T0 + 2 * HOUR), 1e-9);
    }
}
