package dev.parallax.parity;

import static dev.parallax.parity.SameParity.DAY;
import static dev.parallax.parity.SameParity.backtests;
import static dev.parallax.parity.SameParity.livesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.Fill;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The report the tracker judges is the day's report without its one-sided lists, and is judged alike. */
class DailyReportAssemblerTest {

    @Test
    void theReportToJudgeHasTheDaysFiguresWithoutItsOneSidedListsAndTheSameVerdict() {
        DailyReportAssembler assembler = new DailyReportAssembler("s", ParitySettings.DEFAULTS);
        ThresholdPolicy policy = new ThresholdPolicy(ParityThresholds.DEFAULTS);
        int withOneSided = 0;
        for (long seed = 1; seed <= 10; seed++) {
            TradeLedger ledger = new TradeLedger(ParitySettings.DEFAULTS.zone());
            List<Fill> backtests = backtests(seed, 80);
            backtests.forEach(ledger::addBacktest);
            livesOf(backtests, new SplittableRandom(seed)).forEach(ledger::addLive);
            for (int d = 0; d < 5; d++) {
                LocalDate day = DAY.plusDays(d);
                DailyParityReport full = assembler.report(ledger, day);
                DailyParityReport judged = assembler.reportToJudge(ledger, day);
                assertEquals(UnmatchedTrades.NONE, judged.unmatched());
                assertEquals(new DailyParityReport(full.strategy(), full.date(), full.zone(), full.priceDifferences(),
                        full.attribution(), full.meanLatencyMillis(), full.maxLatencyMillis(),
                        full.meanTimingDifferenceMillis(), full.cumulativeDriftBps(), full.returns(),
                        UnmatchedTrades.NONE), judged);
                assertEquals(policy.evaluate(full), policy.evaluate(judged));
                withOneSided += full.unmatched().count() > 0 ? 1 : 0;
            }
        }
        assertTrue(withOneSided > 10, "days with one-sided trades were compared: " + withOneSided);
    }
}
