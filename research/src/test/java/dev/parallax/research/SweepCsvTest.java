package dev.parallax.research;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SweepCsvTest {

    @Test
    void writesAHeaderAndOneLinePerRowWithSettingsQuotedWhenNeeded() throws Exception {
        StringWriter out = new StringWriter();
        SweepCsv.write(Rows.two(), Rows.COLUMNS, out);
        assertEquals("index,seed,fast,slippage.bps,columnar,total_return,cagr,volatility,sharpe,sortino,max_drawdown,"
                + "calmar,trades,win_rate,final_equity\n"
                + "0,42,5,1.5,true,0.25,0.1,0.2,1.5,2.0,-0.125,0.8,7,0.5,125000.0\n"
                + "1,43,\"a,b\",3,false,0.0,0.0,0.0,NaN,NaN,0.0,NaN,0,NaN,100000.0\n", out.toString());
    }
}
