package io.litstream.tools.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedGoldEvaluationTest {
    @Test
    void theScorersLastLineBecomesFourRows() {
        List<EvalScore> scores = SeedGoldEvaluation.parse("""
                000.txt
                  therapies  P=1.00 R=1.00 F1=1.00 missed=[] spurious=[]
                therapies P=0.91 R=1.00 F1=0.95; mechanisms P=1.00 R=0.80 F1=0.89; claims recall=0.92 attributes=0.81
                """);
        assertEquals(List.of("therapies F1", "mechanisms F1", "claims recall", "claim attributes"),
                scores.stream().map(EvalScore::metric).toList());
        assertEquals(List.of(0.95, 0.89, 0.92, 0.81), scores.stream().map(EvalScore::value).toList());
        assertEquals(List.of(true, false, true, false), scores.stream().map(EvalScore::meetsTarget).toList());
        assertTrue(scores.get(1).detail().contains("R=0.80"));
    }

    @Test
    void aReportWithoutTheSummaryIsAnError() {
        assertThrows(IllegalStateException.class, () -> SeedGoldEvaluation.parse("Traceback (most recent call last)"));
    }
}
