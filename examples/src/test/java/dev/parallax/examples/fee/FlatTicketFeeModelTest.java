package dev.parallax.examples.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelContract;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class FlatTicketFeeModelTest extends FeeModelContract {

    @Override
    protected FeeModel model() {
        return new FlatTicketFeeModel(1.0, 2);
    }

    @Test
    void theServicesFileRegistersFlatTicketSoItIsFoundByName() {
        // 2.5 ticket + 25,000 notional * 1 bps = 5.0
        assertEquals(5.0, CustomFeeModelExample.run(new PrintStream(new ByteArrayOutputStream())), 1e-9);
    }
}
