package io.litstream.tools.eval;

import io.litstream.tools.eval.score.EvalScore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the shared sample pages with the project's scorer, as the offline CLI
 * would be scored ({@link SeedGoldEvaluation}): every row must meet the target.
 */
class SeedGoldTest {
    @Test
    void theSamplePagesScoreWellAgainstTheirGoldThroughTheProductPath() throws Exception {
        Path shared = Path.of(System.getProperty("litstream.shared", "../../shared")).toAbsolutePath().normalize();
        Path seeds = shared.resolve("seeds");
        if (!Files.isDirectory(seeds)) {
            if (System.getenv("CI") != null) {
                fail("the shared evaluation data is missing on CI: " + seeds);
            }
            assumeTrue(false, "no shared evaluation data at " + seeds + " (it sits beside the checkout on a"
                    + " developer machine and on CI); skipping the seed score");
        }

        List<EvalScore> scores = SeedGoldEvaluation.run(shared);
        scores.forEach(System.out::println);

        assertEquals(4, scores.size());
        for (EvalScore s : scores) {
            assertTrue(s.meetsTarget(), s.metric() + " " + s.value() + " below " + s.target() + " (" + s.detail() + ")");
        }
    }
}
