package io.litstream.aggregate.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.aggregate.contribution.Contributions;
import io.litstream.aggregate.summary.SummaryMath;
import io.litstream.aggregate.testing.Articles;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.serde.LitstreamSerdes;
import io.litstream.topics.summary.TherapySummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TherapyEventDeriverTest {
    private static final List<ClaimType> TYPES = List.of(ClaimType.EFFICACY, ClaimType.SAFETY, ClaimType.MECHANISM);
    private static final List<Polarity> POLARITIES = List.of(Polarity.values());
    private static final List<EvidenceLevel> LEVELS = List.of(EvidenceLevel.values());
    private static final List<String> MECHANISMS = List.of("nmda", "bdnf", "5ht2a", "mtor");

    private final EventRules rules = new EventRules(0.5);

    /**
     * The deriver stores a slimmed summary as its baseline; every event compared against it must
     * be the event the whole summary would have given, across adds and retractions.
     */
    @Test
    void eventsFromTheStoredBaselineEqualEventsFromTheWholeSummary() {
        Random random = new Random(7);
        TherapySummary before = SummaryMath.empty();
        List<Articles> live = new ArrayList<>();
        int comparisons = 0;
        for (int step = 0; step < 300; step++) {
            TherapySummary after;
            String articleId;
            if (!live.isEmpty() && random.nextInt(4) == 0) {
                Articles gone = live.remove(random.nextInt(live.size()));
                articleId = gone.build().articleId();
                after = SummaryMath.subtract(before, Contributions.of(articleId, gone.build()).get("ketamine"));
            } else {
                articleId = "a" + step;
                Articles a = Articles.article(articleId).url("https://site-" + random.nextInt(20) + ".example/" + step)
                        .mechanism(MECHANISMS.get(random.nextInt(MECHANISMS.size())))
                        .claim("ketamine", TYPES.get(random.nextInt(TYPES.size())),
                                POLARITIES.get(random.nextInt(POLARITIES.size())),
                                LEVELS.get(random.nextInt(LEVELS.size())), random.nextBoolean());
                live.add(a);
                after = SummaryMath.add(before, Contributions.of(articleId, a.build()).get("ketamine"));
            }
            if (SummaryMath.isEmpty(after)) {
                after = null;
            }
            ChangeCause cause = new ChangeCause(articleId, false, "v1", Instant.EPOCH);
            TherapySummary beforeOrNull = SummaryMath.isEmpty(before) ? null : before;
            TherapySummary stored = beforeOrNull == null ? null : storedAndReadBack(TherapyEventDeriver.baseline(before));
            assertEquals(rules.between("ketamine", beforeOrNull, after, cause),
                    rules.between("ketamine", stored, after, cause), "step " + step);
            comparisons++;
            before = after == null ? SummaryMath.empty() : after;
        }
        assertEquals(300, comparisons);
    }

    @Test
    void theBaselineLeavesOutTheLatestClaimsAndThePerSourceCounts() {
        TherapySummary whole = SummaryMath.add(SummaryMath.empty(), Contributions.of("a1", Articles.article("a1")
                .url("https://site.example/a1")
                .claim("ketamine", ClaimType.EFFICACY, Polarity.SUPPORTS, EvidenceLevel.CLINICAL).build())
                .get("ketamine"));
        TherapySummary baseline = TherapyEventDeriver.baseline(whole);

        assertTrue(!whole.latestClaims().isEmpty() && !whole.evidence().supportingSources().isEmpty());
        assertTrue(baseline.latestClaims().isEmpty());
        assertTrue(baseline.evidence().supportingSources().isEmpty());
        assertEquals(whole.score(), baseline.score());
        assertEquals(whole.verdict(), baseline.verdict());
        assertTrue(LitstreamSerdes.summary().toBytes(baseline).length < LitstreamSerdes.summary().toBytes(whole).length);
    }

    private static TherapySummary storedAndReadBack(TherapySummary s) {
        var serde = LitstreamSerdes.summary();
        return serde.fromBytes(serde.toBytes(s));
    }
}
