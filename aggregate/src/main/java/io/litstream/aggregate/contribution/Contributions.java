package io.litstream.aggregate.contribution;

import io.litstream.aggregate.arm.CandidateTherapies;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.EntityIds;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.summary.ClaimProvenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Splits one extraction into one {@link TherapyContribution} per therapy it mentions. A pure
 * function: the same extraction always yields equal contributions, which is what makes a
 * re-delivered article a no-op downstream.
 *
 * <p>The rules:
 * <ul>
 *   <li>A therapy is mentioned when the extraction lists it in {@code therapies} or a claim
 *       names it; it contributes once, however many sentences mention it.</li>
 *   <li>Its claims are the claims naming it, in sentence order. A claim without a therapy or a
 *       type cannot be counted and is dropped; a missing polarity counts as NEUTRAL and a missing
 *       evidence level as UNSPECIFIED.</li>
 *   <li>Its mechanisms are the union of the mechanisms in its own claims and, when it has at
 *       least one claim in the article, every mechanism the article mentions. The second half is
 *       a co-occurrence heuristic for this skeleton: extract does not yet link every mechanism
 *       to a sentence, and an article that makes claims about a therapy and names a mechanism is
 *       usually linking the two. A therapy only named in passing (no claim) links nothing.</li>
 *   <li>An intervention arm that maps to no therapy contributes to its candidate therapy
 *       ({@link CandidateTherapies}), once per article, without claims.</li>
 * </ul>
 */
public final class Contributions {
    private Contributions() {
    }

    /**
     * The contributions of {@code extraction}, keyed and ordered by therapy id.
     *
     * @param articleId the record key, which wins over the id inside the value should they differ
     */
    public static Map<String, TherapyContribution> of(String articleId, ArticleExtraction extraction) {
        // A claim or mention of an unmapped arm counts only where the arm itself is a candidate:
        // it must not make an arm recur through articles whose arms are not trial arms.
        Map<String, String> candidates = CandidateTherapies.of(extraction);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> categories = new LinkedHashMap<>();
        Map<String, EntityIds> ids = new LinkedHashMap<>();
        for (FoundEntity therapy : extraction.therapies()) {
            if (isBlank(therapy.id()) || (CandidateTherapies.isCandidate(therapy.id()) && !candidates.containsKey(therapy.id()))) {
                continue;
            }
            names.putIfAbsent(therapy.id(), therapy.name());
            categories.putIfAbsent(therapy.id(), therapy.category());
            if (therapy.ids() != null) {
                ids.putIfAbsent(therapy.id(), therapy.ids());
            }
        }

        Map<String, List<Claim>> claimsByTherapy = new LinkedHashMap<>();
        extraction.claims().stream()
                .filter(c -> !isBlank(c.therapy()) && c.type() != null)
                .filter(c -> !CandidateTherapies.isCandidate(c.therapy()) || candidates.containsKey(c.therapy()))
                .sorted(Comparator.comparingInt(Claim::sentenceIndex))
                .forEach(c -> {
                    claimsByTherapy.computeIfAbsent(c.therapy(), t -> new ArrayList<>()).add(c);
                    names.putIfAbsent(c.therapy(), c.therapyName());
                });

        // An unmapped intervention arm counts as a candidate therapy: no claim names it, so it
        // contributes the article and nothing else (promotion: SummaryUpdater).
        candidates.forEach((id, name) -> {
            names.putIfAbsent(id, name);
            categories.putIfAbsent(id, CandidateTherapies.CATEGORY);
        });

        List<String> articleMechanisms = extraction.mechanisms().stream()
                .map(FoundEntity::id)
                .filter(id -> !isBlank(id))
                .toList();

        Map<String, TherapyContribution> out = new LinkedHashMap<>();
        names.keySet().stream().sorted().forEach(therapyId -> {
            List<Claim> claims = claimsByTherapy.getOrDefault(therapyId, List.of());
            TreeSet<String> mechanisms = new TreeSet<>();
            claims.forEach(c -> c.mechanisms().stream().filter(m -> !isBlank(m)).forEach(mechanisms::add));
            if (!claims.isEmpty()) {
                mechanisms.addAll(articleMechanisms);
            }
            out.put(therapyId, new TherapyContribution(
                    articleId,
                    therapyId,
                    names.get(therapyId),
                    categories.get(therapyId),
                    extraction.title(),
                    extraction.source(),
                    extraction.url(),
                    extraction.extractedAt(),
                    claims.stream().map(c -> provenance(articleId, extraction, c)).toList(),
                    List.copyOf(mechanisms),
                    extraction.extractorVersion(),
                    ids.get(therapyId),
                    extraction.design(),
                    extraction.sampleSize()));
        });
        return out;
    }

    private static ClaimProvenance provenance(String articleId, ArticleExtraction extraction, Claim claim) {
        return new ClaimProvenance(
                articleId,
                extraction.title(),
                extraction.source(),
                extraction.url(),
                claim.type(),
                claim.polarity() == null ? Polarity.NEUTRAL : claim.polarity(),
                claim.evidence() == null ? EvidenceLevel.UNSPECIFIED : claim.evidence(),
                claim.hedged(),
                claim.sentence(),
                extraction.extractedAt(),
                claim.outcome() == null ? null : claim.outcome().measure(),
                claim.outcome() == null ? null : claim.outcome().text(),
                claim.direction(),
                claim.comparatorKind(),
                claim.comparator(),
                claim.significance() == null ? null : claim.significance().stated());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
