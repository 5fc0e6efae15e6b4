package io.litstream.tools.eval;

import io.litstream.tools.eval.score.EvalScore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedGoldEvaluationTest {

    @Test
    void readsEveryFigureOfTheScorersSummaryLineWithItsTarget() {
        List<EvalScore> rows = SeedGoldEvaluation.parse(
                "therapies P=0.90 R=1.00 F1=0.95; mechanisms P=1.00 R=0.80 F1=0.89; claims recall=0.92 attributes=0.81");
        assertEquals(4, rows.size());
        assertEquals(0.95, rows.get(0).value());
        assertEquals(0.89, rows.get(1).value());
        assertEquals(false, rows.get(1).meetsTarget());
        assertEquals(0.92, rows.get(2).value());
        assertEquals(0.81, rows.get(3).value());
        assertEquals(false, rows.get(3).meetsTarget());
    }

    @Test
    void anUnexpectedScorerOutputIsAnErrorNotAnEmptyTable() {
        assertThrows(IllegalStateException.class, () -> SeedGoldEvaluation.parse("Traceback (most recent call last)"));
    }
}
