package io.litstream.topics.summary;

import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EntityIds;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.extraction.Polarity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The running evidence summary of one therapy, published to the compacted
 * {@code litstream.therapies.summary} topic keyed by {@link #therapyId()}.
 *
 * @param therapyId        canonical therapy id
 * @param name             canonical name
 * @param category         therapy type (DRUG, PROCEDURE, ...)
 * @param articleCount     distinct live articles that mention the therapy
 * @param claimsByType     claim counts by type
 * @param claimsByPolarity claim counts by polarity
 * @param claimsByEvidence claim counts by evidence level
 * @param mechanisms       mechanism id to the number of articles linking it to this therapy
 * @param latestClaims     the most recent claims with provenance, newest first
 * @param firstSeen        earliest extraction that mentioned the therapy
 * @param lastSeen         latest extraction that mentioned the therapy
 * @param evidence         the exact per-article counts the score is computed from (absent in
 *                         summaries written before the score existed)
 * @param score            evidence score in [0, 1], a pure function of {@link #evidence()}
 * @param verdict          the evidence in one plain-language line
 * @param extractorVersions extractor version to the number of live articles it extracted: after a
 *                          reprocessing, the summary has converged once only the new version is left
 * @param ids              the therapy's identifiers in outside vocabularies (MeSH, DrugBank, ChEBI),
 *                         as the latest extraction naming it gave them; absent when none is known
 * @param outcomes         per outcome measure, what the live articles and randomised trials found on it
 *                         ({@link OutcomeTally}); null when no live article has a finding with an outcome
 *                         measure and a direction, and in summaries written before outcomes were counted
 */
public record TherapySummary(
        String therapyId,
        String name,
        String category,
        long articleCount,
        Map<ClaimType, Long> claimsByType,
        Map<Polarity, Long> claimsByPolarity,
        Map<EvidenceLevel, Long> claimsByEvidence,
        Map<String, Long> mechanisms,
        List<ClaimProvenance> latestClaims,
        Instant firstSeen,
        Instant lastSeen,
        EvidenceTally evidence,
        Double score,
        String verdict,
        Map<String, Long> extractorVersions,
        EntityIds ids,
        Map<OutcomeMeasure, OutcomeTally> outcomes) {
    public TherapySummary {
        claimsByType = Map.copyOf(claimsByType);
        claimsByPolarity = Map.copyOf(claimsByPolarity);
        claimsByEvidence = Map.copyOf(claimsByEvidence);
        mechanisms = Map.copyOf(mechanisms);
        latestClaims = List.copyOf(latestClaims);
        extractorVersions = extractorVersions == null ? null : Map.copyOf(extractorVersions);
        ids = ids == null ? null : ids.orNull();
        // No finding on any measure is written as no property at all, so that a summary without
        // outcome findings looks as it did before they were counted.
        outcomes = outcomes == null || outcomes.isEmpty() ? null : Map.copyOf(outcomes);
    }

    /** A summary without per-outcome findings, as written before they were counted. */
    public TherapySummary(String therapyId, String name, String category, long articleCount,
                          Map<ClaimType, Long> claimsByType, Map<Polarity, Long> claimsByPolarity,
                          Map<EvidenceLevel, Long> claimsByEvidence, Map<String, Long> mechanisms,
                          List<ClaimProvenance> latestClaims, Instant firstSeen, Instant lastSeen,
                          EvidenceTally evidence, Double score, String verdict, Map<String, Long> extractorVersions,
                          EntityIds ids) {
        this(therapyId, name, category, articleCount, claimsByType, claimsByPolarity, claimsByEvidence, mechanisms,
                latestClaims, firstSeen, lastSeen, evidence, score, verdict, extractorVersions, ids, null);
    }

    /** The per-outcome findings, or an empty map when there are none. */
    public Map<OutcomeMeasure, OutcomeTally> outcomesOrEmpty() {
        return outcomes == null ? Map.of() : outcomes;
    }

    /** A summary without outside ids, as written before they existed. */
    public TherapySummary(String therapyId, String name, String category, long articleCount,
                          Map<ClaimType, Long> claimsByType, Map<Polarity, Long> claimsByPolarity,
                          Map<EvidenceLevel, Long> claimsByEvidence, Map<String, Long> mechanisms,
                          List<ClaimProvenance> latestClaims, Instant firstSeen, Instant lastSeen,
                          EvidenceTally evidence, Double score, String verdict, Map<String, Long> extractorVersions) {
        this(therapyId, name, category, articleCount, claimsByType, claimsByPolarity, claimsByEvidence, mechanisms,
                latestClaims, firstSeen, lastSeen, evidence, score, verdict, extractorVersions, null, null);
    }

    /** A summary without score, as written before the score existed. */
    public TherapySummary(String therapyId, String name, String category, long articleCount,
                          Map<ClaimType, Long> claimsByType, Map<Polarity, Long> claimsByPolarity,
                          Map<EvidenceLevel, Long> claimsByEvidence, Map<String, Long> mechanisms,
                          List<ClaimProvenance> latestClaims, Instant firstSeen, Instant lastSeen) {
        this(therapyId, name, category, articleCount, claimsByType, claimsByPolarity, claimsByEvidence, mechanisms,
                latestClaims, firstSeen, lastSeen, null, null, null, null, null, null);
    }
}
