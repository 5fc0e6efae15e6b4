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
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.serde.JsonSerde;
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
    void bytesThatAreNoBatchAreRefusedAsASerializationError() {
        byte[] bytes = serde.toBytes(new ContributionBatch("a1", List.of("ect"), List.copyOf(article("a1").values())));

        assertThrows(SerializationException.class, () -> serde.fromBytes(Arrays.copyOf(bytes, bytes.length - 3)));
        assertThrows(SerializationException.class, () -> serde.fromBytes(new byte[] {7, 0, 0}));
        assertThrows(SerializationException.class, () -> serde.fromBytes(new byte[0]));
    }
}
