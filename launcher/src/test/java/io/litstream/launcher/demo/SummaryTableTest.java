package io.litstream.launcher.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.summary.TherapySummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void showsTherapiesMostArticlesFirstWithClaimCountsBestEvidenceAndMechanisms() {
        TherapySummary ketamine = new TherapySummary("ketamine", "ketamine", "DRUG", 3,
                Map.of(ClaimType.EFFICACY, 4L, ClaimType.SAFETY, 1L),
                Map.of(Polarity.SUPPORTS, 4L, Polarity.REFUTES, 1L),
                Map.of(EvidenceLevel.CLINICAL, 3L, EvidenceLevel.PRECLINICAL, 2L),
                Map.of("nmda-receptor", 3L, "bdnf", 1L), List.of(), Instant.EPOCH, Instant.EPOCH);
        TherapySummary lithium = new TherapySummary("lithium", "lithium", "DRUG", 1,
                Map.of(), Map.of(), Map.of(), Map.of(), List.of(), Instant.EPOCH, Instant.EPOCH);

        String table = SummaryTable.render(List.of(lithium, ketamine));
        List<String> lines = table.lines().toList();

        assertTrue(lines.get(1).startsWith("ketamine"), table);
        assertTrue(lines.get(1).contains("4/1/0/0") && lines.get(1).contains("4/1/0"), table);
        assertTrue(lines.get(1).contains("CLINICAL"), table);
        assertTrue(lines.get(1).contains("nmda-receptor, bdnf"), table);
        assertTrue(lines.get(2).startsWith("lithium") && lines.get(2).contains(" - "), table);
        assertTrue(table.contains("2 therapies"), table);
    }
}
