package io.litstream.aggregate.summary;

import static io.litstream.topics.extraction.ClaimType.EFFICACY;
import static io.litstream.topics.extraction.ClaimType.SAFETY;
import static io.litstream.topics.extraction.EvidenceLevel.CLINICAL;
import static io.litstream.topics.extraction.EvidenceLevel.PRECLINICAL;
import static io.litstream.topics.extraction.Polarity.REFUTES;
import static io.litstream.topics.extraction.Polarity.SUPPORTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EntityIds;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.summary.ClaimProvenance;
import io.litstream.topics.summary.TherapySummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SummaryMathTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void addThenSubtractReturnsToTheInitialState() {
        TherapyContribution c = contribution("a1", T0, List.of("nmda", "bdnf"),
                claim("a1", T0, EFFICACY, SUPPORTS, CLINICAL), claim("a1", T0, SAFETY, REFUTES, PRECLINICAL));

        TherapySummary back = SummaryMath.subtract(SummaryMath.add(SummaryMath.empty(), c), c);

        assertEquals(SummaryMath.empty(), back);
        assertTrue(SummaryMath.isEmpty(back));
    }

    @Test
    void theSummaryKeepsTheLatestOutsideIdsAnArticleGaveAndKeepsThemWhenAnArticleGoes() {
        EntityIds ids = new EntityIds("D007649", "DB01221", null, null);
        TherapyContribution old = contribution("a1", T0, List.of(), claim("a1", T0, EFFICACY, SUPPORTS, CLINICAL));
        TherapyContribution withIds = withIds(contribution("a2", T0, List.of(),
                claim("a2", T0, EFFICACY, SUPPORTS, CLINICAL)), ids);

        TherapySummary both = SummaryMath.add(SummaryMath.add(SummaryMath.empty(), withIds), old);

        assertEquals(ids, both.ids());
        assertEquals(ids, SummaryMath.subtract(both, withIds).ids());
        assertEquals(null, SummaryMath.add(SummaryMath.empty(), old).ids());
    }

    private static TherapyContribution withIds(TherapyContribution c, EntityIds ids) {
        return new TherapyContribution(c.articleId(), c.therapyId(), c.therapyName(), c.category(), c.title(),
                c.source(), c.url(), c.extractedAt(), c.claims(), c.mechanisms(), c.extractorVersion(), ids);
    }

    @Test
    void subtractingOneOfTwoArticlesRestoresTheSummaryOfTheOther() {
        TherapyContribution a1 = contribution("a1", T0, List.of("nmda"), claim("a1", T0, EFFICACY, SUPPORTS, CLINICAL));
        TherapyContribution a2 = contribution("a2", T0.plusSeconds(60), List.of("nmda", "bdnf"),
                claim("a2", T0.plusSeconds(60), SAFETY, REFUTES, PRECLINICAL));
        TherapySummary onlyA1 = SummaryMath.add(SummaryMath.empty(), a1);

        TherapySummary back = SummaryMath.subtract(SummaryMath.add(onlyA1, a2), a2);

        assertEquals(onlyA1.articleCount(), back.articleCount());
        assertEquals(onlyA1.claimsByType(), back.claimsByType());
        assertEquals(onlyA1.claimsByPolarity(), back.claimsByPolarity());
        assertEquals(onlyA1.claimsByEvidence(), back.claimsByEvidence());
        assertEquals(onlyA1.mechanisms(), back.mechanisms());
        assertEquals(onlyA1.latestClaims(), back.latestClaims());
    }

    @Test
    void countsArticlesAndClaimsByTypePolarityAndEvidence() {
        TherapySummary s = SummaryMath.add(SummaryMath.add(SummaryMath.empty(),
                contribution("a1", T0, List.of(),
                        claim("a1", T0, EFFICACY, SUPPORTS, CLINICAL),
                        claim("a1", T0, EFFICACY, SUPPORTS, CLINICAL),
                        claim("a1", T0, SAFETY, REFUTES, PRECLINICAL))),
                contribution("a2", T0, List.of(), claim("a2", T0, EFFICACY, REFUTES, CLINICAL)));

        assertEquals("ketamine", s.therapyId());
        assertEquals("Ketamine", s.name());
        assertEquals("DRUG", s.category());
        assertEquals(2, s.articleCount());
        assertEquals(Map.of(EFFICACY, 3L, SAFETY, 1L), s.claimsByType());
        assertEquals(Map.of(SUPPORTS, 2L, REFUTES, 2L), s.claimsByPolarity());
        assertEquals(Map.of(CLINICAL, 3L, PRECLINICAL, 1L), s.claimsByEvidence());
    }

    @Test
    void countEntriesReachingZeroAreDropped() {
        TherapyContribution a1 = contribution("a1", T0, List.of("nmda"), claim("a1", T0, EFFICACY, SUPPORTS, CLINICAL));
        TherapyContribution a2 = contribution("a2", T0, List.of("bdnf"), claim("a2", T0, SAFETY, REFUTES, PRECLINICAL));

        TherapySummary s = SummaryMath.subtract(SummaryMath.add(SummaryMath.add(SummaryMath.empty(), a1), a2), a1);

        assertEquals(Map.of("bdnf", 1L), s.mechanisms());
        assertEquals(Map.of(SAFETY, 1L), s.claimsByType());
        assertEquals(Map.of(REFUTES, 1L), s.claimsByPolarity());
        assertEquals(Map.of(PRECLINICAL, 1L), s.claimsByEvidence());
    }

    @Test
    void mechanismsCountArticlesNotClaims() {
        TherapySummary s = SummaryMath.add(SummaryMath.add(SummaryMath.empty(),
                contribution("a1", T0, List.of("nmda", "nmda", "bdnf"))),
                contribution("a2", T0, List.of("nmda")));

        assertEquals(Map.of("nmda", 2L, "bdnf", 1L), s.mechanisms());
    }

    @Test
    void latestClaimsAreNewestFirstAndBounded() {
        TherapySummary s = SummaryMath.empty();
        for (int i = 0; i < 15; i++) {
            Instant at = T0.plusSeconds(i);
            s = SummaryMath.add(s, contribution("a" + i, at, List.of(), claim("a" + i, at, EFFICACY, SUPPORTS, CLINICAL)));
        }

        assertEquals(SummaryMath.LATEST_CLAIMS, s.latestClaims().size());
        assertEquals(IntStream.rangeClosed(5, 14).map(i -> 19 - i).mapToObj(i -> "a" + i).toList(),
                s.latestClaims().stream().map(ClaimProvenance::articleId).toList());
    }

    @Test
    void claimsOfOneArticleKeepTheirSentenceOrder() {
        ClaimProvenance first = claim("a1", T0, EFFICACY, SUPPORTS, CLINICAL);
        ClaimProvenance second = claim("a1", T0, SAFETY, REFUTES, CLINICAL);
        TherapySummary s = SummaryMath.add(
                SummaryMath.add(SummaryMath.empty(), contribution("a0", T0.minusSeconds(1), List.of(),
                        claim("a0", T0.minusSeconds(1), EFFICACY, SUPPORTS, CLINICAL))),
                contribution("a1", T0, List.of(), first, second));

        assertEquals(List.of(first, second), s.latestClaims().subList(0, 2));
    }

    @Test
    void subtractRemovesTheArticlesClaimsWithoutRefillingTheList() {
        TherapySummary s = SummaryMath.empty();
        List<TherapyContribution> added = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Instant at = T0.plusSeconds(i);
            TherapyContribution c = contribution("a" + i, at, List.of(), claim("a" + i, at, EFFICACY, SUPPORTS, CLINICAL));
            added.add(c);
            s = SummaryMath.add(s, c);
        }

        s = SummaryMath.subtract(s, added.get(11));

        // a0 and a1 were cut off when a10 and a11 came in; a subtract cannot bring them back.
        assertEquals(11, s.articleCount());
        assertEquals(9, s.latestClaims().size());
        assertFalse(s.latestClaims().stream().anyMatch(c -> c.articleId().equals("a11")));
    }

    @Test
    void firstAndLastSeenWidenOnAddAndStayOnSubtract() {
        TherapyContribution early = contribution("a1", T0, List.of());
        TherapyContribution late = contribution("a2", T0.plusSeconds(3600), List.of());
        TherapySummary both = SummaryMath.add(SummaryMath.add(SummaryMath.empty(), late), early);

        assertEquals(T0, both.firstSeen());
        assertEquals(T0.plusSeconds(3600), both.lastSeen());

        TherapySummary withoutLate = SummaryMath.subtract(both, late);
        assertEquals(T0, withoutLate.firstSeen());
        assertEquals(T0.plusSeconds(3600), withoutLate.lastSeen(), "documented: a subtract does not move lastSeen");
    }

    private static TherapyContribution contribution(String articleId, Instant at, List<String> mechanisms,
                                                    ClaimProvenance... claims) {
        return new TherapyContribution(articleId, "ketamine", "Ketamine", "DRUG", "Title of " + articleId,
                "test://" + articleId, null, at, List.of(claims), mechanisms);
    }

    private static ClaimProvenance claim(String articleId, Instant at, ClaimType type, Polarity polarity, EvidenceLevel evidence) {
        return new ClaimProvenance(articleId, "Title of " + articleId, "test://" + articleId, null, type, polarity,
                evidence, false, type + " " + polarity + " in " + articleId + ".", at);
    }
}
