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

class KrakenProFeeScheduleTest extends FeeModelContract {

    @Override
    protected FeeModel model() {
        return new KrakenProFeeSchedule.Provider().create(ModelSettings.EMPTY);
    }

    @Override
    protected boolean stateless() {
        return false;
    }

    @Test
    void theTierStepsDownAtTenAndFiftyThousandDollars() {
        FeeModel model = model();
        // $0+: maker 25 bps of 10,000 = 25.00
        assertEquals(25.0, model.fee(limit(T0), FillType.MAKER, 50_000, 0.2, T0), 1e-9);
        // 10,000 traded: $10K+, taker 35 bps of 40,000 = 140.00
        assertEquals(140.0, model.fee(market(T0 + HOUR), FillType.AGGRESSIVE, 50_000, 0.8, T0 + HOUR), 1e-9);
        // 50,000 traded: $50K+, maker 14 bps of 10,000 = 14.00
        assertEquals(14.0, model.fee(limit(T0 + 2 * HOUR), FillType.PASSIVE, 50_000, 0.2, T0 + 2 * HOUR), 1e-9);
    }

    @Test
    void aEuroBookCountsVolumeInDollarsThroughTheVolumeScale() {
        // 9,500 EUR at 1.10 USD per EUR = 10,450 USD traded: the next fill is in the $10K+ tier
        TieredFeeModel model = (TieredFeeModel) new KrakenProFeeSchedule.Provider()
                .create(ModelSettings.of("volume_scale", "1.1"));
        model.fee(market(T0), FillType.AGGRESSIVE, 47_500, 0.2, T0);
        assertEquals(10_450.0, model.tradedVolume(T0 + HOUR), 1e-6);
        assertEquals("$10K+", model.tierAt(T0 + HOUR).name());
    }
}
