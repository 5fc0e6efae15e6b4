package io.litstream.tools.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full runs take seconds on the shared data and belong to {@code ./litstream eval}; here only their failure mode. */
class NerEvaluationsTest {
    @Test
    void withoutTheDataTheEvaluationsFailInsteadOfScoringZero(@TempDir Path empty) {
        assertThrows(IOException.class, () -> Bc5cdrChemicalEvaluation.run(empty));
        assertThrows(IOException.class, () -> EbmNlpInterventionEvaluation.run(empty));
    }
}
