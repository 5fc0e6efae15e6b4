package io.litstream.aggregate.testing;

import io.litstream.aggregate.score.ArticleFinding;
import io.litstream.aggregate.score.EvidenceScore;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.extraction.StudyDesign;
import io.litstream.topics.summary.ClaimProvenance;
import io.litstream.topics.summary.EvidenceTally;
import io.litstream.topics.summary.OutcomeTally;
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
            Map<String, Long> extractorVersions,
            Map<OutcomeMeasure, OutcomeTally> outcomes) {

        public static Counts of(TherapySummary s) {
            return new Counts(s.articleCount(), Map.copyOf(s.claimsByType()), Map.copyOf(s.claimsByPolarity()),
                    Map.copyOf(s.claimsByEvidence()), Map.copyOf(s.mechanisms()), s.evidence(), s.score(),
                    s.extractorVersions(), s.outcomesOrEmpty());
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
        Map<String, Map<OutcomeMeasure, List<ArticleOnOutcome>>> onOutcomes = new HashMap<>();

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
                                c.evidence() == null ? EvidenceLevel.UNSPECIFIED : c.evidence(), c.hedged(), null, null,
                                c.outcome() == null ? null : c.outcome().measure(), null, c.direction(),
                                c.comparatorKind(), null, null))
                        .toList();
                findings.computeIfAbsent(therapy, k -> new ArrayList<>())
                        .add(ArticleFinding.of(article.articleId(), article.url(), article.source(), article.design(), own));
                for (OutcomeMeasure measure : OutcomeMeasure.values()) {
                    List<Claim> on = article.claims().stream()
                            .filter(c -> c.therapy().equals(therapy) && c.direction() != null && c.outcome() != null
                                    && c.outcome().measure() == measure)
                            .toList();
                    if (!on.isEmpty()) {
                        onOutcomes.computeIfAbsent(therapy, k -> new HashMap<>())
                                .computeIfAbsent(measure, k -> new ArrayList<>()).add(new ArticleOnOutcome(article, on));
                    }
                }
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
                Map.copyOf(versions.get(therapy)),
                outcomes(onOutcomes.getOrDefault(therapy, Map.of())))));
        return out;
    }

    /** One live article's findings (claims with a direction) on one measure. */
    private record ArticleOnOutcome(ArticleExtraction article, List<Claim> findings) {
        /** Its findings from a randomised comparison: a randomised design, against anything but baseline. */
        List<Claim> randomised() {
            boolean design = article.design() == StudyDesign.RANDOMISED_CONTROLLED
                    || article.design() == StudyDesign.CROSSOVER;
            return design ? findings.stream().filter(c -> c.comparatorKind() != ComparatorKind.BASELINE).toList()
                    : List.of();
        }
    }

    /** The per-outcome table counted directly: distinct articles and trials per direction, comparators, participants. */
    private static Map<OutcomeMeasure, OutcomeTally> outcomes(Map<OutcomeMeasure, List<ArticleOnOutcome>> byMeasure) {
        Map<OutcomeMeasure, OutcomeTally> out = new HashMap<>();
        byMeasure.forEach((measure, articles) -> {
            Map<Direction, Long> byDirection = new HashMap<>();
            Map<Direction, Long> trialsByDirection = new HashMap<>();
            Map<ComparatorKind, Long> comparators = new HashMap<>();
            long trials = 0;
            long participants = 0;
            long withoutSize = 0;
            for (ArticleOnOutcome a : articles) {
                a.findings().stream().map(Claim::direction).distinct().forEach(d -> byDirection.merge(d, 1L, Long::sum));
                a.findings().stream().map(Claim::comparatorKind).filter(k -> k != null).distinct()
                        .forEach(k -> comparators.merge(k, 1L, Long::sum));
                List<Claim> randomised = a.randomised();
                if (!randomised.isEmpty()) {
                    trials++;
                    randomised.stream().map(Claim::direction).distinct()
                            .forEach(d -> trialsByDirection.merge(d, 1L, Long::sum));
                    if (a.article().sampleSize() == null) {
                        withoutSize++;
                    } else {
                        participants += a.article().sampleSize();
                    }
                }
            }
            out.put(measure, new OutcomeTally(articles.size(), byDirection, trials, trialsByDirection, comparators,
                    participants, withoutSize));
        });
        return Map.copyOf(out);
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
        long trials = 0;
        long placebo = 0;
        Map<Direction, Long> trialDirections = new HashMap<>();
        for (ArticleFinding a : findings) {
            trials += a.randomisedTrial() ? 1 : 0;
            placebo += a.placeboControlled() ? 1 : 0;
            a.trialDirections().forEach(d -> trialDirections.merge(d, 1L, Long::sum));
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
        return new EvidenceTally(support, hedged, refute, none, genres, sources, hedgedClaims, s, r, n, trials,
                trialDirections, placebo);
    }

    /** The exact parts of {@code summaries}, keyed by therapy id. */
    public static Map<String, Counts> project(Map<String, TherapySummary> summaries) {
        Map<String, Counts> out = new TreeMap<>();
        summaries.forEach((id, s) -> out.put(id, Counts.of(s)));
        return out;
    }
}
