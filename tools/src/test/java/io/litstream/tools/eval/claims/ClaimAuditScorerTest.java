package io.litstream.tools.eval.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.extraction.Polarity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimAuditScorerTest {
    private static final String TEXT = "We randomly assigned 40 patients to lutein or placebo.\n"
            + "Lutein  improved the visual field (p = 0.03).\nHeadache was rare.";
    private static final Span METHODS = new Span(0, 54);
    private static final Span RESULT = new Span(55, 99);

    private static AuditFinding finding(String therapy, String polarity, boolean main) {
        return new AuditFinding(LabelledSentence.at(RESULT), therapy, therapy, "placebo", "visual field", "OTHER",
                "BETTER", "EFFICACY", polarity, false, main);
    }

    private static Claim claim(String therapy, Polarity polarity, String sentence) {
        return new Claim(therapy, therapy, ClaimType.EFFICACY, polarity, false, EvidenceLevel.CLINICAL, sentence,
                List.of(), 0);
    }

    private static AuditCounts score(List<AuditFinding> findings, Claim... claims) {
        AuditDocument doc = new AuditDocument("PMC1", Split.DEV, Path.of("PMC1.txt"), false, "RCT", 40, "CLINICAL",
                findings, List.of(LabelledSentence.at(METHODS)));
        ArticleExtraction ex = new ArticleExtraction("a", "s", "t", null, null, "v", Instant.EPOCH,
                List.of(new FoundEntity("lutein", "lutein", "DRUG", List.of("Lutein"))), List.of(), List.of(claims), 3, 30);
        NormalisedText reference = NormalisedText.of(TEXT);
        return ClaimAuditScorer.score(doc, new LocatedClaims(ex, reference), reference);
    }

    @Test
    void aClaimRightOnEveryAttributeOfItsFindingCountsAsRightAndFindsTheMainFinding() {
        AuditCounts c = score(List.of(finding("lutein", "SUPPORTS", true)),
                claim("lutein", Polarity.SUPPORTS, "Lutein improved the visual field (p = 0.03)."));
        assertEquals(1.0, c.claimPrecision());
        assertEquals(1.0, c.mainRecall());
        assertEquals(0, c.unlocated());
    }

    @Test
    void aClaimFromAMethodsSentenceIsWrongAndAClaimFromAnUnlabelledOneScoresNothing() {
        AuditCounts c = score(List.of(finding("lutein", "SUPPORTS", true)),
                claim("lutein", Polarity.REFUTES, "We randomly assigned 40 patients to lutein or placebo."),
                claim("lutein", Polarity.SUPPORTS, "Headache was rare."));
        assertEquals(1, c.labelled());
        assertEquals(0.0, c.findingPrecision());
        assertEquals(0.0, c.mainRecall());
    }

    @Test
    void aWrongPolarityIsWrongOnThatAttributeOnlyAndMissesTheMainFinding() {
        AuditCounts c = score(List.of(finding("lutein", "SUPPORTS", true)),
                claim("lutein", Polarity.NO_EFFECT, "Lutein improved the visual field (p = 0.03)."));
        assertEquals(1.0, c.findingPrecision());
        assertEquals(0.0, c.polarityPrecision());
        assertEquals(1.0, c.evidencePrecision());
        assertEquals(0.0, c.claimPrecision());
        assertEquals(0.0, c.mainRecall());
    }

    @Test
    void aClaimForATherapyTheSentenceIsNotAboutSitsOnAFindingButMatchesNoEntry() {
        AuditCounts c = score(List.of(finding("lutein", "SUPPORTS", false)),
                claim("placebo-drug", Polarity.SUPPORTS, "Lutein improved the visual field (p = 0.03)."));
        assertEquals(1, c.onFindings());
        assertEquals(0, c.matched());
        assertEquals(0.0, c.claimPrecision());
    }

    @Test
    void aClaimWhoseSentenceIsNowhereInTheTextIsCountedAsNotLocated() {
        AuditCounts c = score(List.of(finding("lutein", "SUPPORTS", false)),
                claim("lutein", Polarity.SUPPORTS, "A sentence the article does not have."));
        assertEquals(1, c.unlocated());
        assertEquals(0, c.labelled());
    }
}
