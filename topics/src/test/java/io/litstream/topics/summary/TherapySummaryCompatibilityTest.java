package io.litstream.topics.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.serde.LitstreamSerdes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TherapySummaryCompatibilityTest {

    /** A summary as the code before claim provenance had outcomes wrote it (2026-12-07). */
    static TherapySummary previousSummary() throws IOException {
        try (InputStream in = TherapySummaryCompatibilityTest.class
                .getResourceAsStream("/previous-records/therapy-summary-2026-12-07.json")) {
            return LitstreamSerdes.summary().deserializer().deserialize("t", in.readAllBytes());
        }
    }

    @Test
    void aSummaryWrittenBeforeOutcomesExistedIsReadWithEveryOldFieldAndNoneOfTheNew() throws IOException {
        TherapySummary old = previousSummary();

        assertEquals("esketamine", old.therapyId());
        assertEquals(0.2951, old.score());
        assertEquals(16, old.evidence().supportPoints());
        assertEquals(Map.of(EvidenceLevel.CLINICAL, 1L), old.evidence().supportingArticles());
        assertEquals("C000629870", old.ids().mesh());
        assertNull(old.outcomes());
        ClaimProvenance claim = old.latestClaims().get(0);
        assertEquals(Polarity.SUPPORTS, claim.polarity());
        assertEquals(Instant.parse("2026-12-07T09:30:00Z"), claim.extractedAt());
        assertNull(claim.outcomeMeasure());
        assertNull(claim.outcome());
        assertNull(claim.direction());
        assertNull(claim.comparatorKind());
        assertNull(claim.comparator());
        assertNull(claim.significanceStated());
    }

    @Test
    void aClaimWithItsTrialStructureSurvivesTheRoundTripAndAPlainOneWritesNoNewProperty() {
        ClaimProvenance structured = new ClaimProvenance("pmid:2", "t", "s", null, null, Polarity.NO_EFFECT,
                EvidenceLevel.CLINICAL, false, "Remission rates did not differ from those on sertraline.", null,
                OutcomeMeasure.REMISSION, "remission rates", Direction.NO_DIFFERENCE, ComparatorKind.ACTIVE,
                "sertraline", true);
        ClaimProvenance plain = new ClaimProvenance("pmid:2", null, null, null, null, null, null, false, "x", null);
        var serde = LitstreamSerdes.summary();
        TherapySummary summary = new TherapySummary("t", null, null, 1, Map.of(), Map.of(), Map.of(), Map.of(),
                List.of(structured, plain), null, null);

        assertEquals(summary, serde.deserializer().deserialize("t", serde.serializer().serialize("t", summary)));
        String json = new String(serde.serializer().serialize("t", new TherapySummary("t", null, null, 1, Map.of(),
                Map.of(), Map.of(), Map.of(), List.of(plain), null, null)), StandardCharsets.UTF_8);
        for (String added : List.of("outcome", "direction", "comparator", "significanceStated")) {
            assertFalse(json.contains(added), added + " in " + json);
        }
    }
}
