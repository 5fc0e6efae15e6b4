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
    void anExtractionWrittenBeforeClaimsHadStructureIsReadWithEveryOldFieldAndNoneOfTheNew() throws IOException {
        byte[] written;
        try (InputStream in = ArticleExtractionCompatibilityTest.class
                .getResourceAsStream("/previous-records/article-extraction-2026-12-07-arms.json")) {
            written = in.readAllBytes();
        }
        ArticleExtraction old = LitstreamSerdes.extraction().deserializer().deserialize("t", written);
        assertEquals(2, old.armsOrEmpty().size());
        assertEquals("C000629870", old.therapies().get(0).ids().mesh());
        Claim efficacy = old.claims().get(0);
        assertEquals(Polarity.SUPPORTS, efficacy.polarity());
        assertEquals(EvidenceLevel.CLINICAL, efficacy.evidence());
        assertEquals(6, efficacy.sentenceIndex());
        assertNull(efficacy.intervention());
        assertNull(efficacy.comparator());
        assertNull(efficacy.outcome());
        assertNull(efficacy.direction());
        assertNull(efficacy.significance());
        assertNull(old.design());
        assertNull(old.sampleSize());
    }

    @Test
    void aStructuredClaimSurvivesTheRoundTripAndAnUnstructuredOneWritesNoNewProperty() {
        Claim structured = new Claim("esketamine", "esketamine", ClaimType.EFFICACY, Polarity.SUPPORTS, false,
                EvidenceLevel.CLINICAL, "MADRS fell more with esketamine than placebo (p = 0.02).", List.of(), 2,
                "esketamine", "placebo", ComparatorKind.PLACEBO, new Outcome("MADRS", OutcomeMeasure.MADRS),
                Direction.BETTER, new StatedSignificance(true, true, "p = 0.02", null, null));
        Claim plain = new Claim("esketamine", "esketamine", ClaimType.EFFICACY, Polarity.SUPPORTS, false,
                EvidenceLevel.CLINICAL, "Esketamine helped.", List.of(), 3);
        ArticleExtraction withBoth = new ArticleExtraction("pmid:1", null, null, null, null, null, null, List.of(),
                List.of(), List.of(structured, plain), 4, 30, null, StudyDesign.RANDOMISED_CONTROLLED, 227);
        var serde = LitstreamSerdes.extraction();
        byte[] bytes = serde.serializer().serialize("t", withBoth);
        assertEquals(withBoth, serde.deserializer().deserialize("t", bytes));

        String json = new String(serde.serializer().serialize("t", new ArticleExtraction("pmid:1", null, null, null,
                null, null, null, List.of(), List.of(), List.of(plain), 1, 8)), StandardCharsets.UTF_8);
        for (String added : List.of("intervention", "comparator", "outcome", "direction", "significance", "design",
                "sampleSize")) {
            assertFalse(json.contains(added), added + " in " + json);
        }
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
