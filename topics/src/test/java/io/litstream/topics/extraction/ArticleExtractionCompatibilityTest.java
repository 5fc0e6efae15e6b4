package io.litstream.topics.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.topics.serde.LitstreamSerdes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleExtractionCompatibilityTest {

    /** An extraction as the code before trial arms existed wrote it (2026-12-07). */
    private static byte[] previousRecord() throws IOException {
        try (InputStream in = ArticleExtractionCompatibilityTest.class
                .getResourceAsStream("/previous-records/article-extraction-2026-12-07.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void anExtractionWrittenBeforeArmsExistedIsReadWithEveryOldFieldAndNoArms() throws IOException {
        ArticleExtraction old = LitstreamSerdes.extraction().deserializer().deserialize("t", previousRecord());
        assertEquals("pmid:31000001", old.articleId());
        assertEquals(List.of("esketamine"), old.therapies().stream().map(FoundEntity::id).toList());
        assertEquals(1, old.claims().size());
        assertEquals(180, old.tokenCount());
        assertNull(old.arms());
        assertTrue(old.armsOrEmpty().isEmpty());
    }

    @Test
    void armsSurviveTheRoundTripAndNoArmsWritesNoProperty() {
        ArticleExtraction withArms = new ArticleExtraction("pmid:1", null, null, null, null, null, null, List.of(),
                List.of(), List.of(), 1, 8, List.of(
                        new TrialArm("intranasal esketamine 56 mg", TrialArm.Role.INTERVENTION, "esketamine", 0, 27),
                        new TrialArm("placebo", TrialArm.Role.COMPARATOR, null, 31, 38)));
        var serde = LitstreamSerdes.extraction();
        byte[] bytes = serde.serializer().serialize("t", withArms);
        assertEquals(withArms, serde.deserializer().deserialize("t", bytes));

        ArticleExtraction without = new ArticleExtraction("pmid:1", null, null, null, null, null, null, List.of(),
                List.of(), List.of(), 1, 8, List.of());
        String json = new String(serde.serializer().serialize("t", without), StandardCharsets.UTF_8);
        assertFalse(json.contains("arms"), json);
    }
}
