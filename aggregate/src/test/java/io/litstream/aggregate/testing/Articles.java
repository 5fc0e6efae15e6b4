package io.litstream.aggregate.testing;

import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.EntityIds;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.extraction.Outcome;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.extraction.StatedSignificance;
import io.litstream.topics.extraction.StudyDesign;
import io.litstream.topics.extraction.TrialArm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds extractions for tests: {@code Articles.article("a1").claim("ketamine", EFFICACY, SUPPORTS).build()}. */
public final class Articles {
    public static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private final String id;
    private Instant extractedAt = T0;
    private String url;
    private String extractorVersion = "test";
    private final Map<String, FoundEntity> therapies = new LinkedHashMap<>();
    private final Map<String, FoundEntity> mechanisms = new LinkedHashMap<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<TrialArm> arms = new ArrayList<>();
    private StudyDesign design;
    private Integer sampleSize;

    private Articles(String id) {
        this.id = id;
        this.url = "https://example.org/" + id;
    }

    /** The version of the extractor that produced it (default {@code test}). */
    public Articles version(String extractorVersion) {
        this.extractorVersion = extractorVersion;
        return this;
    }

    /** The article's canonical URL (default {@code https://example.org/<id>}); null for none. */
    public Articles url(String url) {
        this.url = url;
        return this;
    }

    public static Articles article(String id) {
        return new Articles(id);
    }

    public Articles at(Instant extractedAt) {
        this.extractedAt = extractedAt;
        return this;
    }

    /** Mentions a therapy (without any claim). */
    public Articles therapy(String therapyId) {
        therapies.putIfAbsent(therapyId, new FoundEntity(therapyId, nameOf(therapyId), "DRUG", List.of(therapyId)));
        return this;
    }

    /** Mentions a therapy with its outside ids. */
    public Articles therapy(String therapyId, EntityIds ids) {
        therapies.put(therapyId, new FoundEntity(therapyId, nameOf(therapyId), "DRUG", List.of(therapyId), List.of(),
                ids));
        return this;
    }

    /** Mentions a mechanism somewhere in the article. */
    public Articles mechanism(String mechanismId) {
        mechanisms.putIfAbsent(mechanismId, new FoundEntity(mechanismId, mechanismId.toUpperCase(), "RECEPTOR", List.of(mechanismId)));
        return this;
    }

    /** A sentence claiming something about a therapy (which is then mentioned too). */
    public Articles claim(String therapyId, ClaimType type, Polarity polarity, EvidenceLevel evidence, String... claimMechanisms) {
        return claim(therapyId, type, polarity, evidence, false, claimMechanisms);
    }

    /** A claim whose sentence is hedged or not. */
    public Articles claim(String therapyId, ClaimType type, Polarity polarity, EvidenceLevel evidence, boolean hedged,
                          String... claimMechanisms) {
        therapy(therapyId);
        int index = claims.size();
        claims.add(new Claim(therapyId, nameOf(therapyId), type, polarity, hedged, evidence,
                "Sentence " + index + " of " + id + " about " + therapyId + ".", List.of(claimMechanisms), index));
        return this;
    }

    public Articles claim(String therapyId, ClaimType type, Polarity polarity) {
        return claim(therapyId, type, polarity, EvidenceLevel.CLINICAL);
    }

    /** The design of the study the article reports (default none, as records before designs). */
    public Articles design(StudyDesign design) {
        this.design = design;
        return this;
    }

    /** How many the article's study randomised (default none). */
    public Articles sampleSize(int sampleSize) {
        this.sampleSize = sampleSize;
        return this;
    }

    /**
     * A trial finding: {@code therapyId} fared {@code direction} against a comparator of {@code kind} on
     * {@code measure}, significance stated; its polarity follows from the direction as extract derives it
     * for an efficacy finding (better supports, worse refutes, no difference found no effect).
     */
    public Articles finding(String therapyId, OutcomeMeasure measure, Direction direction, ComparatorKind kind) {
        therapy(therapyId);
        int index = claims.size();
        Polarity polarity = switch (direction) {
            case BETTER -> Polarity.SUPPORTS;
            case WORSE -> Polarity.REFUTES;
            case NO_DIFFERENCE -> Polarity.NO_EFFECT;
        };
        String comparator = kind == null ? null : kind.name().toLowerCase(Locale.ROOT);
        claims.add(new Claim(therapyId, nameOf(therapyId), ClaimType.EFFICACY, polarity, false, EvidenceLevel.CLINICAL,
                "Finding " + index + " of " + id + ": " + therapyId + " " + direction + " than " + comparator + " on "
                        + measure + ".", List.of(), index, therapyId, comparator, kind,
                new Outcome(measure.name().toLowerCase(Locale.ROOT) + " score", measure), direction,
                new StatedSignificance(true, direction != Direction.NO_DIFFERENCE, null, null, null)));
        return this;
    }

    /** A trial arm as the tagger would give it; {@code therapyId} null when it maps to no therapy. */
    public Articles arm(String text, TrialArm.Role role, String therapyId) {
        int start = arms.isEmpty() ? 0 : arms.get(arms.size() - 1).end() + 1;
        arms.add(new TrialArm(text, role, therapyId, start, start + text.length()));
        return this;
    }

    public ArticleExtraction build() {
        return new ArticleExtraction(id, "test://" + id, "Title of " + id, url, 2025,
                extractorVersion, extractedAt, List.copyOf(therapies.values()), List.copyOf(mechanisms.values()),
                claims, claims.size() + 1, 100, arms, design, sampleSize);
    }

    private static String nameOf(String therapyId) {
        return Character.toUpperCase(therapyId.charAt(0)) + therapyId.substring(1);
    }
}
