package io.litstream.aggregate.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.aggregate.contribution.Contributions;
import io.litstream.aggregate.summary.SummaryMath;
import io.litstream.aggregate.testing.Articles;
import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.event.TherapyEventType;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EntityIds;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.summary.TherapySummary;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRulesTest {
    private static final ChangeCause UPDATE = new ChangeCause("a2", false, "v1", Instant.EPOCH);
    private final EventRules rules = new EventRules(0.5);

    @Test
    void anUnchangedSummaryMakesNoEvent() {
        TherapySummary s = summary(Articles.article("a1").mechanism("nmda")
                .claim("ketamine", ClaimType.EFFICACY, Polarity.SUPPORTS, EvidenceLevel.CLINICAL));

        assertEquals(List.of(), rules.between("ketamine", s, s, UPDATE));
    }

    @Test
    void aMechanismNewToAKnownTherapyIsLinkedOnceAndAKnownOneIsNot() {
        TherapySummary before = summary(Articles.article("a1").mechanism("nmda")
                .claim("ketamine", ClaimType.EFFICACY, Polarity.SUPPORTS, EvidenceLevel.CLINICAL));
        TherapySummary after = SummaryMath.add(before, Contributions.of("a2", Articles.article("a2")
                .mechanism("nmda").mechanism("bdnf")
                .claim("ketamine", ClaimType.MECHANISM, Polarity.NEUTRAL, EvidenceLevel.PRECLINICAL).build())
                .get("ketamine"));

        List<TherapyEvent> events = rules.between("ketamine", before, after, UPDATE);

        assertEquals(List.of(TherapyEventType.MECHANISM_LINKED), events.stream().map(TherapyEvent::type).toList());
        assertEquals("bdnf", events.get(0).after());
        assertEquals("a2", events.get(0).articleId());
    }

    @Test
    void aLowerLevelOrAnEqualRankIsNotARaise() {
        TherapySummary clinical = summary(Articles.article("a1")
                .claim("ketamine", ClaimType.EFFICACY, Polarity.SUPPORTS, EvidenceLevel.CLINICAL));
        TherapySummary plusReview = SummaryMath.add(clinical, Contributions.of("a2", Articles.article("a2")
                .claim("ketamine", ClaimType.EFFICACY, Polarity.SUPPORTS, EvidenceLevel.REVIEW).build())
                .get("ketamine"));

        assertEquals(List.of(), rules.between("ketamine", clinical, plusReview, UPDATE).stream()
                .filter(e -> e.type() == TherapyEventType.EVIDENCE_LEVEL_RAISED).toList());
    }

    @Test
    void everyEventNamesTheTherapysOutsideIdsEvenWhenItsLastArticleIsRetracted() {
        EntityIds ids = new EntityIds("D007649", "DB01221", "CHEBI:6121", null);
        TherapySummary first = summary(Articles.article("a1").therapy("ketamine", ids)
                .claim("ketamine", ClaimType.EFFICACY, Polarity.SUPPORTS, EvidenceLevel.CLINICAL));
        assertEquals(ids, first.ids());

        List<TherapyEvent> created = rules.between("ketamine", null, first, UPDATE);
        List<TherapyEvent> retracted = rules.between("ketamine", first, null,
                new ChangeCause("a1", true, null, Instant.EPOCH));

        assertEquals(TherapyEventType.NEW_THERAPY, created.get(0).type());
        assertTrue(created.stream().allMatch(e -> ids.equals(e.ids())));
        assertEquals(TherapyEventType.ARTICLE_RETRACTED, retracted.get(0).type());
        assertEquals(ids, retracted.get(0).ids());
    }

    @Test
    void theThresholdMustBeAScore() {
        assertThrows(IllegalArgumentException.class, () -> new EventRules(0));
        assertThrows(IllegalArgumentException.class, () -> new EventRules(1.5));
    }

    private static TherapySummary summary(Articles article) {
        return SummaryMath.add(SummaryMath.empty(), Contributions.of("a1", article.build()).get("ketamine"));
    }
}
