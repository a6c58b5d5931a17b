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
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TieredFeeModelTest extends FeeModelContract {

    private static Path rebateSchedule() {
        try {
            return Path.of(TieredFeeModelTest.class.getResource("/fee/rebate-venue.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FeeModel fromFile(String... more) {
        String[] settings = new String[more.length + 2];
        settings[0] = "schedule";
        settings[1] = rebateSchedule().toString();
        System.arraycopy(more, 0, settings, 2, more.length);
        return new TieredFeeModel.Provider().create(ModelSettings.of(settings));
    }

    @Override
    protected FeeModel model() {
        return fromFile();
    }

    @Override
    protected boolean stateless() {
        return false;
    }

    @Test
    void aNegativeMakerRateInTheReachedTierPaysARebate() {
        FeeModel model = fromFile();
        // Base: taker 5 bps of 1,000,000 = 500.00
        assertEquals(500.0, model.fee(market(T0), FillType.AGGRESSIVE, 50_000, 20, T0), 1e-9);
        // Pro reached: maker -1 bp of 100,000 = -10.00, a rebate
        assertEquals(-10.0, model.fee(limit(T0 + HOUR), FillType.MAKER, 50_000, 2, T0 + HOUR), 1e-9);
    }

    @Test
    void aRestingOrderPaysTheTierInForceWhenItFillsNotWhenItWasSent() {
        FeeModel model = fromFile();
        // 1,000,000 traded at T0: the account is Pro for the next 30 days
        model.fee(market(T0), FillType.AGGRESSIVE, 50_000, 20, T0);
        // sent an hour later, in Pro (maker -1 bp), it rests until day 31, when the window holds nothing:
        // Base maker 2 bps of 2 * 50,000 = 100,000 -> 20.00 (Pro's rate would have paid a 10.00 rebate)
        assertEquals(20.0, model.fee(limit(T0 + HOUR), FillType.MAKER, 50_000, 2, T0 + 31 * DAY), 1e-9);
    }

    @Test
    void aDiscountShrinksFeesButNeverRebates() {
        FeeSchedule schedule = ScheduleJson.file(rebateSchedule());
        TieredFeeModel model = new TieredFeeModel(schedule, Optional.of(schedule.tier("Pro")),
                RollingVolume.thirtyDays(), 0, 1, 0.75);
        // taker 3 bps of 100,000 = 30.00, less 25% = 22.50
        assertEquals(22.5, model.fee(market(T0), FillType.TAKER, 50_000, 2, T0), 1e-9);
        // the rebate is paid in full: -10.00
        assertEquals(-10.0, model.fee(limit(T0), FillType.MAKER, 50_000, 2, T0), 1e-9);
    }

    @Test
    void volumeRecordedOutsideTheSimulatorMovesTheTier() {
        TieredFeeModel model = TieredFeeModel.tracking(ScheduleJson.file(rebateSchedule()));
        model.recordVolume(T0, 1_000_000);
        assertEquals("Pro", model.tierAt(T0 + HOUR).name());
    }

    @Test
    void theScheduleSettingIsRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TieredFeeModel.Provider().create(ModelSettings.EMPTY));
        assertTrue(e.getMessage().contains("'schedule'"), e.getMessage());
    }
}
