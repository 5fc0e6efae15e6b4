package io.litstream.aggregate.testing;

import io.litstream.aggregate.score.ArticleFinding;
import io.litstream.aggregate.score.EvidenceScore;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.summary.ClaimProvenance;
import io.litstream.topics.summary.EvidenceTally;
import io.litstream.topics.summary.SourceGenre;
import io.litstream.topics.summary.TherapySummary;
import java.util.ArrayList;
import java.util.List;
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
            Map<String, Long> mechanisms,
            EvidenceTally evidence,
            double score,
            Map<String, Long> extractorVersions) {

        public static Counts of(TherapySummary s) {
            return new Counts(s.articleCount(), Map.copyOf(s.claimsByType()), Map.copyOf(s.claimsByPolarity()),
                    Map.copyOf(s.claimsByEvidence()), Map.copyOf(s.mechanisms()), s.evidence(), s.score(),
                    s.extractorVersions());
        }
    }

    /** therapy id → counts, over the live articles. */
    public static Map<String, Counts> compute(Collection<ArticleExtraction> live) {
        Map<String, Long> articles = new HashMap<>();
        Map<String, Map<ClaimType, Long>> byType = new HashMap<>();
        Map<String, Map<Polarity, Long>> byPolarity = new HashMap<>();
        Map<String, Map<EvidenceLevel, Long>> byEvidence = new HashMap<>();
        Map<String, Map<String, Long>> mechanisms = new HashMap<>();
        Map<String, List<ArticleFinding>> findings = new HashMap<>();
        Map<String, Map<String, Long>> versions = new HashMap<>();

        for (ArticleExtraction article : live) {
            Set<String> mentioned = new HashSet<>();
            article.therapies().forEach(t -> mentioned.add(t.id()));
            article.claims().forEach(c -> mentioned.add(c.therapy()));
            for (String therapy : mentioned) {
                articles.merge(therapy, 1L, Long::sum);
                versions.computeIfAbsent(therapy, k -> new HashMap<>()).merge(article.extractorVersion(), 1L, Long::sum);
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
                List<ClaimProvenance> own = article.claims().stream()
                        .filter(c -> c.therapy().equals(therapy))
                        .map(c -> new ClaimProvenance(article.articleId(), null, null, null, c.type(),
                                c.polarity() == null ? Polarity.NEUTRAL : c.polarity(),
                                c.evidence() == null ? EvidenceLevel.UNSPECIFIED : c.evidence(), c.hedged(), null, null))
                        .toList();
                findings.computeIfAbsent(therapy, k -> new ArrayList<>())
                        .add(ArticleFinding.of(article.articleId(), article.url(), article.source(), own));
                linked.forEach(m -> mechanisms.computeIfAbsent(therapy, k -> new HashMap<>()).merge(m, 1L, Long::sum));
            }
        }

        Map<String, Counts> out = new TreeMap<>();
        articles.forEach((therapy, n) -> out.put(therapy, new Counts(n,
                Map.copyOf(byType.getOrDefault(therapy, Map.of())),
                Map.copyOf(byPolarity.getOrDefault(therapy, Map.of())),
                Map.copyOf(byEvidence.getOrDefault(therapy, Map.of())),
                Map.copyOf(mechanisms.getOrDefault(therapy, Map.of())),
                tally(findings.getOrDefault(therapy, List.of())),
                EvidenceScore.of(tally(findings.getOrDefault(therapy, List.of()))),
                Map.copyOf(versions.get(therapy)))));
        return out;
    }

    /** The tally summed directly over the findings of the live articles (the score's reference input). */
    public static EvidenceTally tally(List<ArticleFinding> findings) {
        Map<EvidenceLevel, Long> support = new HashMap<>();
        Map<EvidenceLevel, Long> hedged = new HashMap<>();
        Map<EvidenceLevel, Long> refute = new HashMap<>();
        Map<EvidenceLevel, Long> none = new HashMap<>();
        Map<SourceGenre, Long> genres = new HashMap<>();
        Map<String, Long> sources = new HashMap<>();
        long hedgedClaims = 0;
        long s = 0;
        long r = 0;
        long n = 0;
        for (ArticleFinding a : findings) {
            a.supports().ifPresent(l -> support.merge(l, 1L, Long::sum));
            a.supports().filter(l -> a.supportHedged()).ifPresent(l -> hedged.merge(l, 1L, Long::sum));
            a.refutes().ifPresent(l -> refute.merge(l, 1L, Long::sum));
            a.noEffect().ifPresent(l -> none.merge(l, 1L, Long::sum));
            genres.merge(a.genre(), 1L, Long::sum);
            a.supports().ifPresent(l -> sources.merge(a.source(), 1L, Long::sum));
            hedgedClaims += a.hedgedClaims();
            s += a.supportPoints();
            r += a.refutePoints();
            n += a.noEffectPoints();
        }
        return new EvidenceTally(support, hedged, refute, none, genres, sources, hedgedClaims, s, r, n);
    }

    /** The exact parts of {@code summaries}, keyed by therapy id. */
    public static Map<String, Counts> project(Map<String, TherapySummary> summaries) {
        Map<String, Counts> out = new TreeMap<>();
        summaries.forEach((id, s) -> out.put(id, Counts.of(s)));
        return out;
    }
}
