package dev.parallax.adapters.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.spi.FeeModel;
import org.junit.jupiter.api.Test;

class ExchangeFeeDiscoveryTest {

    @Test
    void everyExchangeModelIsFoundByNameThroughServiceLoader() {
        ModelLookup lookup = ModelLookup.fromClasspath();
        for (String name : new String[] {"binance-spot", "coinbase-advanced", "kraken-pro", "bitstamp",
                "interactive-brokers-tiered"}) {
            FeeModel model = lookup.fee(name, ModelSettings.EMPTY);
            double fee = model.fee(Order.market("o", "X", Side.BUY, 10, 0), FillType.AGGRESSIVE, 100, 10, 0);
            assertTrue(fee > 0, name + " charged " + fee);
        }
    }

    @Test
    void settingsReachTheModelThroughTheLookup() {
        FeeModel model = ModelLookup.fromClasspath().fee("binance-spot", ModelSettings.of("tier", "VIP 9"));
        // 1,000,000 USD at VIP 9 taker 2.4 bps = 240.00
        assertEquals(240.0, model.fee(Order.market("o", "BTC/USDT", Side.SELL, 20, 0), FillType.AGGRESSIVE,
                50_000, 20, 0), 1e-9);
    }
}
