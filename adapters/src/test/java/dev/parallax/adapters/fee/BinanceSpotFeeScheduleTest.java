package dev.parallax.adapters.fee;

import static dev.parallax.adapters.fee.FeeFixtures.DAY;
import static dev.parallax.adapters.fee.FeeFixtures.HOUR;
import static dev.parallax.adapters.fee.FeeFixtures.T0;
import static dev.parallax.adapters.fee.FeeFixtures.limit;
import static dev.parallax.adapters.fee.FeeFixtures.market;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelContract;
import org.junit.jupiter.api.Test;

class BinanceSpotFeeScheduleTest extends FeeModelContract {

    private static FeeModel create(String... settings) {
        return new BinanceSpotFeeSchedule.Provider().create(ModelSettings.of(settings));
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
    void aNewAccountPaysTheRegularTenBasisPointsOnBothSides() {
        FeeModel model = create();
        // 0.2 BTC at 50,000 = 10,000 USD; 10 bps = 10.00
        assertEquals(10.0, model.fee(market(T0), FillType.AGGRESSIVE, 50_000, 0.2, T0), 1e-9);
        assertEquals(10.0, model.fee(limit(T0), FillType.MAKER, 50_000, 0.2, T0), 1e-9);
    }

    @Test
    void theMakerRateFallsToVip1OnceThirtyDayVolumeReachesOneMillion() {
        FeeModel model = create();
        // 20 BTC at 50,000 = 1,000,000 USD at the Regular taker rate: 1,000,000 * 10 / 10,000 = 1,000.00
        assertEquals(1_000.0, model.fee(market(T0), FillType.AGGRESSIVE, 50_000, 20, T0), 1e-9);
        // an hour later the 30-day volume is 1,000,000: VIP 1, maker 9 bps: 50,000 * 9 / 10,000 = 45.00
        assertEquals(45.0, model.fee(limit(T0 + HOUR), FillType.MAKER, 50_000, 1, T0 + HOUR), 1e-9);
        // taker stays 10 bps at VIP 1: 50,000 * 10 / 10,000 = 50.00
        assertEquals(50.0, model.fee(market(T0 + 2 * HOUR), FillType.TAKER, 50_000, 1, T0 + 2 * HOUR), 1e-9);
    }

    @Test
    void aMakerOrderSentAtVip1ThatFillsAfterTheWindowMovedPaysTheRegularRate() {
        FeeModel model = create();
        // 1,000,000 USD traded at T0: VIP 1 (maker 9 bps) for 30 days
        model.fee(market(T0), FillType.AGGRESSIVE, 50_000, 20, T0);
        // sent an hour later at VIP 1, filled on day 31 with nothing left in the window:
        // Regular maker 10 bps of 50,000 = 50.00 (VIP 1 would have charged 45.00)
        assertEquals(50.0, model.fee(limit(T0 + HOUR), FillType.MAKER, 50_000, 1, T0 + 31 * DAY), 1e-9);
    }

    @Test
    void volumeOlderThanThirtyDaysNoLongerCounts() {
        TieredFeeModel model = (TieredFeeModel) create();
        model.fee(market(T0), FillType.AGGRESSIVE, 50_000, 20, T0);
        assertEquals("VIP 1", model.tierAt(T0 + 30 * DAY - 1).name());
        // at exactly 30 days the first fill leaves the window (t > now - 30 days is counted)
        assertEquals("Regular", model.tierAt(T0 + 30 * DAY).name());
    }

    @Test
    void payingInBnbTakesAQuarterOffTheFee() {
        FeeModel model = create("pay_in_bnb", "true");
        // 10,000 USD * 10 bps = 10.00, less 25% = 7.50
        assertEquals(7.5, model.fee(market(T0), FillType.AGGRESSIVE, 50_000, 0.2, T0), 1e-9);
    }

    @Test
    void aFixedTierIgnoresVolume() {
        FeeModel model = create("tier", "VIP 3");
        // 100,000 USD at VIP 3 maker 4.2 bps = 42.00, however much is traded
        assertEquals(42.0, model.fee(limit(T0), FillType.PASSIVE, 50_000, 2, T0), 1e-9);
        model.fee(market(T0), FillType.AGGRESSIVE, 50_000, 100_000, T0);
        assertEquals(42.0, model.fee(limit(T0 + HOUR), FillType.PASSIVE, 50_000, 2, T0 + HOUR), 1e-9);
    }

    @Test
    void volumeTradedElsewhereStartsTheAccountInAHigherTier() {
        FeeModel model = create("outside_volume", "20000000");
        // VIP 3 taker 6 bps of 100,000 = 60.00
        assertEquals(60.0, model.fee(market(T0), FillType.AGGRESSIVE, 50_000, 2, T0), 1e-9);
    }

    @Test
    void anUnknownTierNameFailsListingTheTiers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> create("tier", "VIP 42"));
        assertTrue(e.getMessage().contains("'VIP 42'") && e.getMessage().contains("VIP 9"), e.getMessage());
    }

    @Test
    void outOfRangeSettingsFailNamingTheSetting() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> create("bnb_discount", "1.5"))
                .getMessage().contains("bnb_discount"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> create("pay_in_bnb", "yes"))
                .getMessage().contains("pay_in_bnb"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> create("outside_volume", "-1"))
                .getMessage().contains("outside_volume"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> create("volume_scale", "0"))
                .getMessage().contains("volume_scale"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> create("maker_bps", "1"))
                .getMessage().contains("maker_bps"));
    }
}
