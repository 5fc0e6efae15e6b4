package io.litstream.aggregate.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.aggregate.testing.ReferenceSummaries;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.summary.ClaimProvenance;
import io.litstream.topics.summary.EvidenceTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EvidenceScoreTest {

    @Test
    void noSupportScoresZero() {
        assertEquals(0.0, EvidenceScore.of(EvidenceTally.empty()));
        assertEquals(0.0, score(journal("doi:10.1/a", Polarity.REFUTES, EvidenceLevel.CLINICAL, false)));
    }

    @Test
    void moreClinicalSupportScoresHigher() {
        List<Finding> one = List.of(journal("doi:10.1/a", Polarity.SUPPORTS, EvidenceLevel.CLINICAL, false));
        List<Finding> two = List.of(one.get(0), journal("doi:10.1/b", Polarity.SUPPORTS, EvidenceLevel.CLINICAL, false));
        List<Finding> three = List.of(two.get(0), two.get(1),
                journal("doi:10.1/c", Polarity.SUPPORTS, EvidenceLevel.CLINICAL, false));

        assertTrue(score(one) < score(two), score(one) + " < " + score(two));
        assertTrue(score(two) < score(three), score(two) + " < " + score(three));
    }

    @Test
    void aRefutingOrNoEffectTrialScoresLower() {
        Finding support = journal("doi:10.1/a", Polarity.SUPPORTS, EvidenceLevel.CLINICAL, false);
        double supported = score(List.of(support));

        assertTrue(score(List.of(support, journal("doi:10.2/b", Polarity.REFUTES, EvidenceLevel.CLINICAL, false)))
                < supported);
        assertTrue(score(List.of(support, journal("doi:10.2/b", Polarity.NO_EFFECT, EvidenceLevel.CLINICAL, false)))
                < supported);
    }

    @Test
    void hedgedSupportCountsLessThanPlainSupport() {
        assertTrue(score(journal("doi:10.1/a", Polarity.SUPPORTS, EvidenceLevel.CLINICAL, true))
                < score(journal("doi:10.1/a", Polarity.SUPPORTS, EvidenceLevel.CLINICAL, false)));
    }

    @Test
    void strongerEvidenceLevelsScoreHigher() {
        double unspecified = score(journal("doi:10.1/a", Polarity.SUPPORTS, EvidenceLevel.UNSPECIFIED, false));
        double preclinical = score(journal("doi:10.1/a", Polarity.SUPPORTS, EvidenceLevel.PRECLINICAL, false));
        double clinical = score(journal("doi:10.1/a", Polarity.SUPPORTS, EvidenceLevel.CLINICAL, false));
        double regulatory = score(journal("doi:10.1/a", Polarity.SUPPORTS, EvidenceLevel.REGULATORY, false));

        assertTrue(unspecified < preclinical && preclinical < clinical && clinical < regulatory,
                List.of(unspecified, preclinical, clinical, regulatory).toString());
    }

    @Test
    void aJournalRecordCountsMoreThanABlogPost() {
        Finding journal = journal("doi:10.1/a", Polarity.SUPPORTS, EvidenceLevel.CLINICAL, false);
        Finding blog = new Finding("sha256:ab", "https://someblog.example/post", Polarity.SUPPORTS,
                EvidenceLevel.CLINICAL, false);

        assertTrue(score(blog) < score(journal));
    }

    @Test
    void aSecondIndependentSourceScoresHigherThanASecondArticleFromTheSameSource() {
        Finding first = journal("doi:10.1/a", Polarity.SUPPORTS, EvidenceLevel.CLINICAL, false);
        double sameSource = score(List.of(first, journal("doi:10.1/b", Polarity.SUPPORTS, EvidenceLevel.CLINICAL, false)));
        double newSource = score(List.of(first, journal("doi:10.2/b", Polarity.SUPPORTS, EvidenceLevel.CLINICAL, false)));

        assertTrue(sameSource < newSource, sameSource + " < " + newSource);
    }

    @Test
    void scoresStayWithinZeroAndOneAndAddingSupportNeverLowersThem() {
        Random random = new Random(42);
        EvidenceLevel[] levels = EvidenceLevel.values();
        Polarity[] against = {Polarity.REFUTES, Polarity.NO_EFFECT};
        for (int round = 0; round < 200; round++) {
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < random.nextInt(30); i++) {
                Polarity p = random.nextBoolean() ? Polarity.SUPPORTS : against[random.nextInt(2)];
                String id = random.nextBoolean() ? "doi:10." + random.nextInt(5) + "/" + i : "sha256:" + i;
                findings.add(new Finding(id, "https://h" + random.nextInt(4) + ".example/" + i, p,
                        levels[random.nextInt(levels.length)], random.nextBoolean()));
            }
            double before = score(findings);
            assertTrue(before >= 0 && before <= 1, "score " + before);
            findings.add(journal("doi:10.9/x" + round, Polarity.SUPPORTS, EvidenceLevel.REGULATORY, false));
            double after = score(findings);
            assertTrue(after >= before && after <= 1, before + " then " + after);
        }
        List<Finding> overwhelming = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            overwhelming.add(journal("doi:10." + i + "/a", Polarity.SUPPORTS, EvidenceLevel.REGULATORY, false));
        }
        assertEquals(1.0, score(overwhelming), 1e-3);
    }

    // --- helpers: a tally summed the way the summary sums it ------------------------------------

    record Finding(String articleId, String url, Polarity polarity, EvidenceLevel level, boolean hedged) {
    }

    static Finding journal(String doiId, Polarity polarity, EvidenceLevel level, boolean hedged) {
        return new Finding(doiId, null, polarity, level, hedged);
    }

    static double score(Finding f) {
        return score(List.of(f));
    }

    static double score(List<Finding> findings) {
        return EvidenceScore.of(tally(findings));
    }

    static EvidenceTally tally(List<Finding> findings) {
        return ReferenceSummaries.tally(findings.stream()
                .map(f -> ArticleFinding.of(f.articleId(), f.url(), "/in/x.txt", List.of(new ClaimProvenance(
                        f.articleId(), null, null, f.url(), null, f.polarity(), f.level(), f.hedged(), "s", null))))
                .toList());
    }
}
