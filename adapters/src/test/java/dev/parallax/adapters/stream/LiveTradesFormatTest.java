package dev.parallax.adapters.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.TradeTick;
import org.junit.jupiter.api.Test;

class LiveTradesFormatTest {

    @Test
    void aTradeIsWrittenAsBitstampWritesIt() {
        TradeTick trade = new TradeTick("BTC/USD", 1_385_337_600_123_456_789L, 800.01, 0.0001, Aggressor.SELLER);
        assertEquals("{\"event\":\"trade\",\"channel\":\"live_trades_btcusd\",\"data\":{\"id\":42,"
                        + "\"timestamp\":\"1385337600\",\"microtimestamp\":\"1385337600123456\",\"amount\":1.0E-4,"
                        + "\"amount_str\":\"0.0001\",\"price\":800.01,\"price_str\":\"800.01\",\"type\":1}}",
                LiveTradesFormat.trade("live_trades_btcusd", 42, trade));
    }

    @Test
    void aTradeOfUnknownSideIsWrittenWithoutTypeAndReadBackAsUnknown() {
        TradeTick trade = new TradeTick("BTC/USD", 1_385_337_600_000_000_000L, 1234.5678901234, 3.0, Aggressor.UNKNOWN);
        String text = LiveTradesFormat.trade("live_trades_btcusd", 7, trade);
        assertTrue(!text.contains("\"type\""), text);
        StreamTrade read = LiveTradesFormat.readTrade(LiveTradesFormat.parse(text), "BTC/USD");
        assertEquals(new StreamTrade(7, trade), read);
    }

    @Test
    void theSubscriptionRequestIsTheDocumentedOne() {
        assertEquals("{\"event\":\"bts:subscribe\",\"data\":{\"channel\":\"live_trades_btcusd\"}}",
                LiveTradesFormat.subscribe(LiveTradesFormat.channel("btcusd")));
    }

    @Test
    void aTypeOtherThanZeroOrOneIsAnErrorNamingTheTrade() {
        String text = "{\"event\":\"trade\",\"data\":{\"id\":\"99\",\"microtimestamp\":\"1\",\"price\":1,\"amount\":1,\"type\":2}}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LiveTradesFormat.readTrade(LiveTradesFormat.parse(text), "BTC/USD"));
        assertEquals("trade 99: type must be 0 (buy) or 1 (sell), was '2'", e.getMessage());
    }

    @Test
    void aTradeWithoutAnIdIsAnError() {
        String text = "{\"event\":\"trade\",\"data\":{\"id\":-1,\"microtimestamp\":\"1\",\"price\":1,\"amount\":1}}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LiveTradesFormat.readTrade(LiveTradesFormat.parse(text), "BTC/USD"));
        assertEquals("trade without an id: 'id' must be a non-negative integer, was '-1'", e.getMessage());
    }

    @Test
    void aMessageThatIsNotAnObjectOrHasNoEventIsRefused() {
        assertEquals("expected a JSON object, found ARRAY",
                assertThrows(IllegalArgumentException.class, () -> LiveTradesFormat.parse("[1]")).getMessage());
        assertEquals("message has no text field 'event'",
                assertThrows(IllegalArgumentException.class, () -> LiveTradesFormat.parse("{\"event\":3}")).getMessage());
    }
}
