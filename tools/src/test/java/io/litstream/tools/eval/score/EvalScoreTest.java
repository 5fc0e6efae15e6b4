package io.litstream.tools.eval.score;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EvalScoreTest {
    @Test
    void aValueAtOrAboveTheTargetMeetsIt() {
        assertTrue(new EvalScore("t", "F1", 0.85, 0.85, "").meetsTarget());
        assertFalse(new EvalScore("t", "F1", 0.849, 0.85, "").meetsTarget());
        assertFalse(new EvalScore("t", "F1", Double.NaN, 0.0, "").meetsTarget());
    }

    @Test
    void aScoreNeedsATaskAndAMetric() {
        assertThrows(IllegalArgumentException.class, () -> new EvalScore(" ", "F1", 1, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new EvalScore("t", null, 1, 1, null));
    }
}
