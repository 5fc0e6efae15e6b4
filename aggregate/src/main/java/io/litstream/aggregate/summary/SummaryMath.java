package io.litstream.aggregate.summary;

import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.aggregate.score.ArticleFinding;
import io.litstream.aggregate.score.EvidenceScore;
import io.litstream.aggregate.score.Verdict;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.summary.EvidenceTally;
import io.litstream.topics.summary.ClaimProvenance;
import io.litstream.topics.summary.TherapySummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The adder and subtractor of the therapy summaries: pure functions from a summary and one
 * article's {@link TherapyContribution} to the next summary.
 *
 * <p>What is exact — a function of the live contributions only, whatever the order of updates:
 * {@code articleCount}, the three claim-count maps, {@code mechanisms} (articles linking each
 * mechanism), the {@link EvidenceTally} and the per-outcome table ({@link OutcomeTallies}) — and so the score and verdict, which are pure
 * functions of the tally ({@link EvidenceScore}, {@link Verdict}). Entries that reach zero are removed, so a summary never shows a zero count and
 * adding then subtracting a contribution restores the maps exactly.
 *
 * <p>What is approximate, because a subtractor only sees the contribution it removes and never
 * the other articles:
 * <ul>
 *   <li>{@code latestClaims} is the newest {@value #LATEST_CLAIMS} among the claims the summary
 *       still holds. Subtracting an article removes its claims but cannot bring back older
 *       claims of other articles that were cut off earlier, so after retractions the list can be
 *       shorter than it would be if recomputed from scratch (never wrong, possibly incomplete).</li>
 *   <li>{@code firstSeen} / {@code lastSeen} only ever widen: a subtract does not move them, so
 *       they describe every extraction the summary has seen, including retracted ones.</li>
 *   <li>{@code name} and {@code category} are taken from the first contribution that has them;
 *       they are canonical per therapy id, so any live article gives the same answer.</li>
 *   <li>{@code ids} are those of the latest contribution added that has any (a newer extractor
 *       may know more of them), and stay when an article is taken out.</li>
 * </ul>
 * When the last article goes, {@link #subtract} returns {@link #empty()}, which the topology
 * turns into a tombstone.
 */
public final class SummaryMath {
    /** How many claims a summary carries with provenance. */
    public static final int LATEST_CLAIMS = 10;

    /**
     * Newest first; an unknown extraction time sorts last. Ties (claims of the same article)
     * keep their sentence order because the sort is stable; the article id orders equal
     * timestamps so the result does not depend on arrival order.
     */
    static final Comparator<ClaimProvenance> NEWEST_FIRST = Comparator
            .comparing(ClaimProvenance::extractedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(ClaimProvenance::articleId, Comparator.nullsLast(Comparator.<String>naturalOrder()));

    private SummaryMath() {
    }

    /** The summary of a therapy no live article mentions: the aggregation's initial value. */
    public static TherapySummary empty() {
        return new TherapySummary(null, null, null, 0, Map.of(), Map.of(), Map.of(), Map.of(), List.of(), null, null,
                EvidenceTally.empty(), 0.0, null, Map.of());
    }

    /** Whether no live article is left in {@code summary}. */
    public static boolean isEmpty(TherapySummary summary) {
        return summary.articleCount() <= 0;
    }

    /** {@code summary} with {@code c} counted in. */
    public static TherapySummary add(TherapySummary summary, TherapyContribution c) {
        // Drop any claims of this article first: were the same contribution ever added twice,
        // the provenance list would still not repeat it.
        List<ClaimProvenance> latest = new ArrayList<>(withoutArticle(summary.latestClaims(), c.articleId()));
        latest.addAll(c.claims());
        latest.sort(NEWEST_FIRST);
        return scored(new TherapySummary(
                c.therapyId(),
                summary.name() != null ? summary.name() : c.therapyName(),
                summary.category() != null ? summary.category() : c.category(),
                summary.articleCount() + 1,
                plus(summary.claimsByType(), counts(c, ClaimProvenance::type), 1),
                plus(summary.claimsByPolarity(), counts(c, ClaimProvenance::polarity), 1),
                plus(summary.claimsByEvidence(), counts(c, ClaimProvenance::evidence), 1),
                plus(summary.mechanisms(), once(c.mechanisms()), 1),
                latest.subList(0, Math.min(LATEST_CLAIMS, latest.size())),
                min(summary.firstSeen(), c.extractedAt()),
                max(summary.lastSeen(), c.extractedAt()),
                tally(summary.evidence(), finding(c), 1), null, null,
                plus(orEmpty(summary.extractorVersions()), Map.of(version(c), 1L), 1),
                c.ids() != null ? c.ids() : summary.ids(),
                OutcomeTallies.plus(summary.outcomes(), OutcomeTallies.of(c), 1)));
    }

    /** {@code summary} with {@code c} taken out again; {@link #empty()} once no article is left. */
    public static TherapySummary subtract(TherapySummary summary, TherapyContribution c) {
        long articles = summary.articleCount() - 1;
        if (articles <= 0) {
            return empty();
        }
        return scored(new TherapySummary(
                summary.therapyId(),
                summary.name(),
                summary.category(),
                articles,
                plus(summary.claimsByType(), counts(c, ClaimProvenance::type), -1),
                plus(summary.claimsByPolarity(), counts(c, ClaimProvenance::polarity), -1),
                plus(summary.claimsByEvidence(), counts(c, ClaimProvenance::evidence), -1),
                plus(summary.mechanisms(), once(c.mechanisms()), -1),
                withoutArticle(summary.latestClaims(), c.articleId()),
                summary.firstSeen(),
                summary.lastSeen(),
                tally(summary.evidence(), finding(c), -1), null, null,
                plus(orEmpty(summary.extractorVersions()), Map.of(version(c), 1L), -1),
                summary.ids(),
                OutcomeTallies.plus(summary.outcomes(), OutcomeTallies.of(c), -1)));
    }

    /** {@code s} with the score and verdict its tally implies. */
    private static TherapySummary scored(TherapySummary s) {
        return new TherapySummary(s.therapyId(), s.name(), s.category(), s.articleCount(), s.claimsByType(),
                s.claimsByPolarity(), s.claimsByEvidence(), s.mechanisms(), s.latestClaims(), s.firstSeen(),
                s.lastSeen(), s.evidence(), EvidenceScore.of(s.evidence()), Verdict.of(s.evidence(), s.articleCount()),
                s.extractorVersions(), s.ids(), s.outcomes());
    }

    /** The version an article counts under in {@code extractorVersions}. */
    static String version(TherapyContribution c) {
        return c.extractorVersion() == null || c.extractorVersion().isBlank() ? "unknown" : c.extractorVersion();
    }

    private static <K> Map<K, Long> orEmpty(Map<K, Long> map) {
        return map == null ? Map.of() : map;
    }

    /** What {@code c} adds to the evidence tally. */
    public static ArticleFinding finding(TherapyContribution c) {
        return ArticleFinding.of(c.articleId(), c.url(), c.source(), c.design(), c.claims());
    }

    /**
     * {@code base + sign * f}. A summary written before the tally existed has none: it starts
     * from empty, and is only exact again once the aggregate is rebuilt from the extractions
     * (see the README on upgrading).
     */
    private static EvidenceTally tally(EvidenceTally base, ArticleFinding f, int sign) {
        EvidenceTally t = base == null ? EvidenceTally.empty() : base;
        return new EvidenceTally(
                plus(t.supportingArticles(), level(f.supports()), sign),
                plus(t.hedgedSupportingArticles(), f.supportHedged() ? level(f.supports()) : Map.of(), sign),
                plus(t.refutingArticles(), level(f.refutes()), sign),
                plus(t.noEffectArticles(), level(f.noEffect()), sign),
                plus(t.articlesByGenre(), Map.of(f.genre(), 1L), sign),
                plus(t.supportingSources(), f.supports().isPresent() ? Map.of(f.source(), 1L) : Map.of(), sign),
                t.hedgedClaims() + sign * f.hedgedClaims(),
                t.supportPoints() + sign * f.supportPoints(),
                t.refutePoints() + sign * f.refutePoints(),
                t.noEffectPoints() + sign * f.noEffectPoints(),
                t.randomisedTrialCount() + sign * (f.randomisedTrial() ? 1 : 0),
                plus(t.randomisedTrialsByDirectionOrEmpty(), once(f.trialDirections()), sign),
                t.placeboControlledTrialCount() + sign * (f.placeboControlled() ? 1 : 0));
    }

    private static Map<EvidenceLevel, Long> level(Optional<EvidenceLevel> level) {
        return level.map(l -> Map.of(l, 1L)).orElse(Map.of());
    }

    private static <K> Map<K, Long> counts(TherapyContribution c, Function<ClaimProvenance, K> key) {
        Map<K, Long> counts = new HashMap<>();
        c.claims().forEach(claim -> counts.merge(key.apply(claim), 1L, Long::sum));
        return counts;
    }

    /** Each of {@code ids} counted once. */
    static <K> Map<K, Long> once(Collection<K> ids) {
        Map<K, Long> counts = new HashMap<>();
        ids.forEach(id -> counts.put(id, 1L));
        return counts;
    }

    /** {@code base + sign * delta}, without the entries that reach zero. */
    static <K> Map<K, Long> plus(Map<K, Long> base, Map<K, Long> delta, int sign) {
        Map<K, Long> out = new HashMap<>(base);
        delta.forEach((k, n) -> out.merge(k, sign * n, Long::sum));
        out.values().removeIf(n -> n <= 0);
        return out;
    }

    private static List<ClaimProvenance> withoutArticle(List<ClaimProvenance> claims, String articleId) {
        return claims.stream().filter(claim -> !articleId.equals(claim.articleId())).toList();
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
