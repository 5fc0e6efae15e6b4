package io.litstream.tools.eval.extraction;

import io.litstream.tools.eval.score.EvalScore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceInferenceEvaluationTest {
    @Test
    void promptsAreSplitIntoHalvesByTheParityOfTheirId() {
        assertEquals(EvidenceInferenceEvaluation.Half.DEVELOPMENT,
                new EvidenceInferenceEvaluation.Item(11164, true, "s", "i", "c").half());
        assertEquals(EvidenceInferenceEvaluation.Half.HELD_OUT,
                new EvidenceInferenceEvaluation.Item(11165, true, "s", "i", "c").half());
    }

    @Test
    void theHeldOutHalfTellsEffectsFromNullResults() {
        Path data = sharedData();
        EvalScore score = EvidenceInferenceEvaluation.run(data);
        System.out.println(score);
        assertTrue(score.meetsTarget(), score.toString());
        List<EvidenceInferenceEvaluation.Item> items = new EvidenceInferenceEvaluation().load(data);
        assertTrue(items.size() > 2000, "usable annotations: " + items.size());
        assertTrue(items.stream().anyMatch(i -> i.sentence().contains("\n")), "multi-line cells survive parsing");
    }

    private static Path sharedData() {
        Path shared = Path.of(System.getProperty("litstream.shared", "../../shared")).toAbsolutePath().normalize();
        Path data = shared.resolve("data");
        if (!Files.isRegularFile(data.resolve(EvidenceInferenceEvaluation.ANNOTATIONS))) {
            if (System.getenv("CI") != null) {
                fail("the shared evaluation data is missing on CI: " + data);
            }
            assumeTrue(false, "no Evidence Inference data at " + data + " (it sits beside the checkout on a"
                    + " developer machine and on CI); skipping");
        }
        return data;
    }
}
