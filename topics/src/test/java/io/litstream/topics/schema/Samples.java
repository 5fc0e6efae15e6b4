package io.litstream.topics.schema;

import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.Outcome;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.extraction.StatedSignificance;
import io.litstream.topics.extraction.StudyDesign;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.EntityIds;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.extraction.TrialArm;
import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.event.TherapyEventType;
import io.litstream.topics.summary.ClaimProvenance;
import io.litstream.topics.summary.EvidenceTally;
import io.litstream.topics.summary.OutcomeTally;
import io.litstream.topics.summary.SourceGenre;
import io.litstream.topics.summary.TherapySummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Sample records: every field set (every enum constant used), and only what the types guarantee. */
final class Samples {
    static final Instant T0 = Instant.parse("2025-03-01T12:00:00.123Z");

    private Samples() {
    }

    static RawArticle fullRawArticle() {
        return new RawArticle("doi:10.1000/xyz", "/data/in/article.html", RawArticle.SourceKind.DIRECTORY, "html",
                "Ketamine in depression", "Ketamine reduced symptoms.\n\nIt acts on NMDA receptors.",
                "https://example.org/a", "10.1000/xyz", "123456", "PMC42", 2024,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", T0,
                List.of("Journal Article", "Randomized Controlled Trial"),
                List.of(ArticleBlock.heading(1, "Ketamine in depression"),
                        ArticleBlock.of(ArticleBlock.Type.PARAGRAPH, "Ketamine reduced symptoms."),
                        ArticleBlock.of(ArticleBlock.Type.LIST_ITEM, "It acts on NMDA receptors."),
                        ArticleBlock.of(ArticleBlock.Type.TABLE, "arm | n\nketamine | 20"),
                        ArticleBlock.of(ArticleBlock.Type.CAPTION, "Figure 1. Scores over time."),
                        ArticleBlock.of(ArticleBlock.Type.QUOTE, "It changed my life.")),
                LocalDate.of(2024, 5, 1), "en", "Journal of Examples", "research-article");
    }

    static RawArticle minimalRawArticle() {
        return new RawArticle("sha256:9f86d0", null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Every namespace filled, so the full samples exercise each declared property. */
    private static final EntityIds KETAMINE_IDS = new EntityIds("D007649", "DB01221", "CHEBI:6121", "GO:0000001");

    static ArticleExtraction fullExtraction() {
        FoundEntity ketamine = new FoundEntity("ketamine", "Ketamine", "DRUG", List.of("ketamine", "Ketalar"),
                List.of("nmda-receptor-antagonists"), KETAMINE_IDS);
        FoundEntity nmda = new FoundEntity("nmda", "NMDA receptor", "RECEPTOR", List.of("NMDA receptors"),
                List.of("glutamate-receptors"), new EntityIds("D016194", "DB00001", "CHEBI:1", "GO:0004972"));
        List<Claim> claims = List.of(
                new Claim("ketamine", "Ketamine", ClaimType.EFFICACY, Polarity.SUPPORTS, false, EvidenceLevel.CLINICAL,
                        "Ketamine reduced MADRS scores more than placebo (p = 0.01).", List.of("nmda"), 0,
                        "intranasal ketamine 0.5 mg/kg", "placebo", ComparatorKind.PLACEBO,
                        new Outcome("MADRS scores", OutcomeMeasure.MADRS), Direction.BETTER,
                        new StatedSignificance(true, true, "p = 0.01", "95% CI -6.1 to -1.2", "d = 0.5")),
                new Claim("ketamine", "Ketamine", ClaimType.SAFETY, Polarity.REFUTES, true, EvidenceLevel.PRECLINICAL,
                        "It may cause dissociation.", List.of("nmda"), 1),
                new Claim("ketamine", "Ketamine", ClaimType.MECHANISM, Polarity.NO_EFFECT, false, EvidenceLevel.REVIEW,
                        "It acts on NMDA receptors.", List.of("nmda"), 2),
                new Claim("ketamine", "Ketamine", ClaimType.REGULATORY, Polarity.NEUTRAL, false,
                        EvidenceLevel.REGULATORY, "The FDA approved esketamine.", List.of("nmda"), 3),
                new Claim("ketamine", "Ketamine", ClaimType.EFFICACY, Polarity.SUPPORTS, true,
                        EvidenceLevel.UNSPECIFIED, "It could help.", List.of("nmda", "bdnf"), 4));
        return new ArticleExtraction("doi:10.1000/xyz", "/data/in/article.html", "Ketamine in depression",
                "https://example.org/a", 2024, "extract-1.0", T0, List.of(ketamine), List.of(nmda), claims, 5, 42,
                List.of(new TrialArm("intranasal ketamine 0.5 mg/kg", TrialArm.Role.INTERVENTION, "ketamine", 10, 40),
                        new TrialArm("placebo", TrialArm.Role.COMPARATOR, null, 45, 52),
                        new TrialArm("group B", TrialArm.Role.UNKNOWN, null, 60, 67)),
                StudyDesign.RANDOMISED_CONTROLLED, 120);
    }

    static ArticleExtraction minimalExtraction() {
        FoundEntity entity = new FoundEntity("ketamine", null, null, List.of());
        Claim claim = new Claim("ketamine", null, null, null, false, null, null, null, 0);
        return new ArticleExtraction("sha256:9f86d0", null, null, null, null, null, null,
                List.of(entity), List.of(), List.of(claim), 0, 0);
    }

    static TherapySummary fullSummary() {
        return new TherapySummary("ketamine", "Ketamine", "DRUG", 2,
                counts(ClaimType.class), counts(Polarity.class), counts(EvidenceLevel.class),
                Map.of("nmda", 2L, "bdnf", 1L),
                List.of(new ClaimProvenance("doi:10.1000/xyz", "Ketamine in depression", "/data/in/article.html",
                        "https://example.org/a", ClaimType.EFFICACY, Polarity.SUPPORTS, EvidenceLevel.CLINICAL, true,
                        "Ketamine reduced MADRS scores more than saline did.", T0, OutcomeMeasure.MADRS, "MADRS scores",
                        Direction.BETTER, ComparatorKind.PLACEBO, "saline", true)),
                T0.minusSeconds(3600), T0,
                new EvidenceTally(counts(EvidenceLevel.class), Map.of(EvidenceLevel.UNSPECIFIED, 1L),
                        Map.of(EvidenceLevel.PRECLINICAL, 1L), Map.of(EvidenceLevel.CLINICAL, 1L),
                        counts(SourceGenre.class), Map.of("doi:10.1000", 2L), 2, 40, 4, 16, 2L,
                        counts(Direction.class), 1L),
                0.42, "supported by 2 clinical studies; 1 clinical study found no effect",
                Map.of("extract-1.0", 2L), KETAMINE_IDS,
                Map.of(OutcomeMeasure.MADRS, new OutcomeTally(2, counts(Direction.class), 1,
                        Map.of(Direction.BETTER, 1L), counts(ComparatorKind.class), 120, 0)));
    }

    static TherapySummary minimalSummary() {
        return new TherapySummary("ketamine", null, null, 1, Map.of(), Map.of(), Map.of(), Map.of(),
                List.of(new ClaimProvenance("sha256:9f86d0", null, null, null, null, null, null, false, null, null)),
                null, null);
    }

    private static <E extends Enum<E>> Map<E, Long> counts(Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            counts.put(e, (long) e.ordinal() + 1);
        }
        return counts;
    }

    static TherapyEvent fullEvent() {
        return new TherapyEvent("ketamine", "Ketamine", TherapyEventType.SCORE_CROSSED_THRESHOLD, "0.41", "0.63",
                "doi:10.1000/xyz", T0, 0.41, 0.63, 0.5, "Ketamine: score rose above 0.50 (0.41 to 0.63)",
                KETAMINE_IDS);
    }

    static TherapyEvent minimalEvent() {
        return new TherapyEvent("ketamine", null, null, null, null, null, null, null, null, null, null);
    }
}
