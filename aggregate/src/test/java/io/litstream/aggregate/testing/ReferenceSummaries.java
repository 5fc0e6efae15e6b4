package io.litstream.aggregate.testing;

import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.summary.TherapySummary;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The exact parts of the summaries computed from scratch over the live articles, written as
 * directly as possible and independently of the production code: what the incremental
 * topology must agree with after any history of updates, retractions and re-deliveries.
 */
public final class ReferenceSummaries {
    private ReferenceSummaries() {
    }

    /** The exact, order-independent content of one summary. */
    public record Counts(
            long articleCount,
            Map<ClaimType, Long> claimsByType,
            Map<Polarity, Long> claimsByPolarity,
            Map<EvidenceLevel, Long> claimsByEvidence,
            Map<String, Long> mechanisms) {

        public static Counts of(TherapySummary s) {
            return new Counts(s.articleCount(), Map.copyOf(s.claimsByType()), Map.copyOf(s.claimsByPolarity()),
                    Map.copyOf(s.claimsByEvidence()), Map.copyOf(s.mechanisms()));
        }
    }

    /** therapy id → counts, over the live articles. */
    public static Map<String, Counts> compute(Collection<ArticleExtraction> live) {
        Map<String, Long> articles = new HashMap<>();
        Map<String, Map<ClaimType, Long>> byType = new HashMap<>();
        Map<String, Map<Polarity, Long>> byPolarity = new HashMap<>();
        Map<String, Map<EvidenceLevel, Long>> byEvidence = new HashMap<>();
        Map<String, Map<String, Long>> mechanisms = new HashMap<>();

        for (ArticleExtraction article : live) {
            Set<String> mentioned = new HashSet<>();
            article.therapies().forEach(t -> mentioned.add(t.id()));
            article.claims().forEach(c -> mentioned.add(c.therapy()));
            for (String therapy : mentioned) {
                articles.merge(therapy, 1L, Long::sum);
                Set<String> linked = new HashSet<>();
                for (Claim c : article.claims()) {
                    if (!c.therapy().equals(therapy)) {
                        continue;
                    }
                    byType.computeIfAbsent(therapy, k -> new HashMap<>()).merge(c.type(), 1L, Long::sum);
                    byPolarity.computeIfAbsent(therapy, k -> new HashMap<>()).merge(c.polarity(), 1L, Long::sum);
                    byEvidence.computeIfAbsent(therapy, k -> new HashMap<>()).merge(c.evidence(), 1L, Long::sum);
                    linked.addAll(c.mechanisms());
                    article.mechanisms().stream().map(FoundEntity::id).forEach(linked::add);
                }
                linked.forEach(m -> mechanisms.computeIfAbsent(therapy, k -> new HashMap<>()).merge(m, 1L, Long::sum));
            }
        }

        Map<String, Counts> out = new TreeMap<>();
        articles.forEach((therapy, n) -> out.put(therapy, new Counts(n,
                Map.copyOf(byType.getOrDefault(therapy, Map.of())),
                Map.copyOf(byPolarity.getOrDefault(therapy, Map.of())),
                Map.copyOf(byEvidence.getOrDefault(therapy, Map.of())),
                Map.copyOf(mechanisms.getOrDefault(therapy, Map.of())))));
        return out;
    }

    /** The exact parts of {@code summaries}, keyed by therapy id. */
    public static Map<String, Counts> project(Map<String, TherapySummary> summaries) {
        Map<String, Counts> out = new TreeMap<>();
        summaries.forEach((id, s) -> out.put(id, Counts.of(s)));
        return out;
    }
}
