package dev.parallax.sim.core.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OtherFeeModelsTest {

    private static final Order ORDER = Order.limit("o", "AAPL", Side.SELL, 300, 190, 0);

    @Nested
    class Zero extends FeeModelContract {
        @Override
        protected FeeModel model() {
            return new ZeroFeeModel.Provider().create(ModelSettings.EMPTY);
        }

        @Test
        void chargesNothing() {
            assertEquals(0.0, model().fee(ORDER, FillType.TAKER, 190, 300, 0));
        }
    }

    @Nested
    class FlatPerFill extends FeeModelContract {
        @Override
        protected FeeModel model() {
            return new FlatPerFillFeeModel.Provider().create(ModelSettings.of("fee_per_fill", "1.5"));
        }

        @Test
        void chargesTheSameWhateverTheSize() {
            assertEquals(1.5, model().fee(ORDER, FillType.TAKER, 190, 300, 0));
            assertEquals(1.5, model().fee(ORDER, FillType.MAKER, 190, 1, 0));
        }

        @Test
        void negativeFeeIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> new FlatPerFillFeeModel(-1));
        }
    }

    @Nested
    class PerUnit extends FeeModelContract {
        @Override
        protected FeeModel model() {
            return new PerUnitFeeModel.Provider().create(ModelSettings.of("fee_per_unit", "0.005", "min_fee", "1"));
        }

        @Test
        void chargesPerUnitAboveTheMinimum() {
            // 300 * 0.005 = 1.5 > 1.0 minimum
            assertEquals(1.5, model().fee(ORDER, FillType.TAKER, 190, 300, 0), 1e-12);
            // 100 * 0.005 = 0.5, raised to 1.0
            assertEquals(1.0, model().fee(ORDER, FillType.TAKER, 190, 100, 0), 1e-12);
        }
    }
}
