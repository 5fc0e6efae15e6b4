package io.litstream.aggregate.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.litstream.aggregate.contribution.ContributionBatch;
import io.litstream.aggregate.contribution.Contributions;
import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.aggregate.testing.Articles;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.extraction.StudyDesign;
import io.litstream.topics.serde.JsonSerde;
import io.litstream.topics.summary.ClaimProvenance;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class ContributionBatchSerdeTest {
    private final JsonSerde<TherapyContribution> json = new JsonSerde<>(TherapyContribution.class);
    private final ContributionBatchSerde serde = new ContributionBatchSerde(json);

    private static Map<String, TherapyContribution> article(String id) {
        return Contributions.of(id, Articles.article(id)
                .claim("ketamine", ClaimType.EFFICACY, Polarity.SUPPORTS, EvidenceLevel.CLINICAL, "nmda")
                .claim("esketamine", ClaimType.SAFETY, Polarity.REFUTES, EvidenceLevel.REGULATORY, true)
                .url("https://example.org/é-中文").build());
    }

    @Test
    void aBatchReadsBackEqualWithItsRemovalsAndContributionsInOrder() {
        Map<String, TherapyContribution> contributions = article("doi:10.1/a|b");
        ContributionBatch batch = new ContributionBatch("doi:10.1/a|b", List.of("ect", "lithium"),
                List.copyOf(contributions.values()));

        ContributionBatch read = serde.fromBytes(serde.toBytes(batch));

        assertEquals(batch, read);
        assertEquals(List.of("ect", "lithium", "esketamine", "ketamine"), read.therapyIds());
        assertEquals(new ContributionBatch("x", List.of("ect"), List.of()),
                serde.fromBytes(serde.toBytes(new ContributionBatch("x", List.of("ect"), List.of()))));
        assertNull(serde.fromBytes(null));
    }

    @Test
    void theContributionsAreTheBytesOfTheContributionSerdeSoRememberedValuesAreReused() {
        RecentValuesSerde<TherapyContribution> recent = new RecentValuesSerde<>(json, 8);
        ContributionBatchSerde framed = new ContributionBatchSerde(recent);
        TherapyContribution ketamine = article("a1").get("ketamine");
        recent.toBytes(ketamine);

        ContributionBatch read = framed.fromBytes(framed.toBytes(new ContributionBatch("a1", List.of(), List.of(ketamine))));

        assertSame(ketamine, read.contributions().get(0));
    }

    @Test
    void aSingleContributionWrittenBeforeBatchesReadsAsABatchOfIt() {
        TherapyContribution ketamine = article("a1").get("ketamine");

        assertEquals(new ContributionBatch("a1", List.of(), List.of(ketamine)), serde.fromBytes(json.toBytes(ketamine)));
    }

    @Test
    void aBatchCarriesEachContributionsDesignSampleSizeAndFindingsOutcomeDirectionAndComparator() {
        TherapyContribution trial = Contributions.of("pmid:9", Articles.article("pmid:9")
                .design(StudyDesign.RANDOMISED_CONTROLLED).sampleSize(120)
                .finding("ketamine", OutcomeMeasure.MADRS, Direction.BETTER, ComparatorKind.PLACEBO)
                .build()).get("ketamine");

        TherapyContribution read = serde.fromBytes(serde.toBytes(new ContributionBatch("pmid:9", List.of(), List.of(trial))))
                .contributions().get(0);

        assertEquals(trial, read);
        assertEquals(StudyDesign.RANDOMISED_CONTROLLED, read.design());
        assertEquals(120, read.sampleSize());
        ClaimProvenance claim = read.claims().get(0);
        assertEquals(OutcomeMeasure.MADRS, claim.outcomeMeasure());
        assertEquals(Direction.BETTER, claim.direction());
        assertEquals(ComparatorKind.PLACEBO, claim.comparatorKind());
        assertEquals(Boolean.TRUE, claim.significanceStated());
    }

    @Test
    void aContributionRecordWrittenByThePreviousCodeOnTheRepartitionTopicReadsAsABatchOfIt() throws IOException {
        byte[] written;
        try (InputStream in = getClass().getResourceAsStream("/previous-records/therapy-contribution-2026-12-07.json")) {
            written = in.readAllBytes();
        }

        ContributionBatch read = serde.fromBytes(written);

        assertEquals("doi:10.5555/litstream.today.1", read.articleId());
        assertEquals(List.of("esketamine"), read.therapyIds());
        assertEquals(List.of(), read.removed());
        assertEquals(List.of("nmda-receptor"), read.contributions().get(0).mechanisms());
        assertNull(read.contributions().get(0).design());
    }

    @Test
    void bytesThatAreNoBatchAreRefusedAsASerializationError() {
        byte[] bytes = serde.toBytes(new ContributionBatch("a1", List.of("ect"), List.copyOf(article("a1").values())));

        assertThrows(SerializationException.class, () -> serde.fromBytes(Arrays.copyOf(bytes, bytes.length - 3)));
        assertThrows(SerializationException.class, () -> serde.fromBytes(new byte[] {7, 0, 0}));
        assertThrows(SerializationException.class, () -> serde.fromBytes(new byte[0]));
    }
}
