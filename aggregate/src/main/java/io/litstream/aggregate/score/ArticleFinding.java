package io.litstream.aggregate.score;

import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.summary.ClaimProvenance;
import io.litstream.topics.summary.SourceGenre;
import java.util.List;
import java.util.Optional;

/**
 * What one article says about one therapy, reduced to what the score counts: on which sides it
 * stands, how strong its evidence is on each, whether it only hedges, and where it comes from.
 * One article is one finding however many sentences it has: a paper repeating itself does not
 * count more.
 *
 * @param supports     the strongest level among the claims supporting the therapy, if any
 * @param supportHedged every supporting claim is hedged
 * @param refutes      the strongest level among the claims refuting it, if any
 * @param refuteHedged every refuting claim is hedged
 * @param noEffect     the strongest level among the claims finding no effect, if any
 * @param noEffectHedged every no-effect claim is hedged
 * @param genre        journal record or web page
 * @param source       the source it counts for (see {@link SourceClassifier#source})
 * @param hedgedClaims claims whose sentence is hedged
 */
public record ArticleFinding(
        Optional<EvidenceLevel> supports,
        boolean supportHedged,
        Optional<EvidenceLevel> refutes,
        boolean refuteHedged,
        Optional<EvidenceLevel> noEffect,
        boolean noEffectHedged,
        SourceGenre genre,
        String source,
        long hedgedClaims) {

    /** The finding of the article {@code articleId} whose claims about a therapy are {@code claims}. */
    public static ArticleFinding of(String articleId, String url, String readFrom, List<ClaimProvenance> claims) {
        return new ArticleFinding(
                strongest(claims, Polarity.SUPPORTS), allHedged(claims, Polarity.SUPPORTS),
                strongest(claims, Polarity.REFUTES), allHedged(claims, Polarity.REFUTES),
                strongest(claims, Polarity.NO_EFFECT), allHedged(claims, Polarity.NO_EFFECT),
                SourceClassifier.genre(articleId, url),
                SourceClassifier.source(articleId, url, readFrom),
                claims.stream().filter(ClaimProvenance::hedged).count());
    }

    /**
     * The weight of this article on one side: level points x genre factor x hedging factor.
     * Level points: REGULATORY 8, CLINICAL and REVIEW 4, PRECLINICAL 2, UNSPECIFIED 1. Genre:
     * JOURNAL 2, WEB 1. Hedging: 2, or 1 when every claim on that side is hedged. Integers, so
     * that sums of them add and subtract exactly.
     */
    public static long points(EvidenceLevel level, SourceGenre genre, boolean hedged) {
        return levelPoints(level) * (genre == SourceGenre.JOURNAL ? 2L : 1L) * (hedged ? 1L : 2L);
    }

    static long levelPoints(EvidenceLevel level) {
        return switch (level) {
            case REGULATORY -> 8;
            case CLINICAL, REVIEW -> 4;
            case PRECLINICAL -> 2;
            case UNSPECIFIED -> 1;
        };
    }

    public long supportPoints() {
        return supports.map(l -> points(l, genre, supportHedged)).orElse(0L);
    }

    public long refutePoints() {
        return refutes.map(l -> points(l, genre, refuteHedged)).orElse(0L);
    }

    public long noEffectPoints() {
        return noEffect.map(l -> points(l, genre, noEffectHedged)).orElse(0L);
    }

    /**
     * The strongest level by rank; between levels of equal rank (CLINICAL, REVIEW) the primary
     * study wins, so the choice never depends on claim order.
     */
    private static Optional<EvidenceLevel> strongest(List<ClaimProvenance> claims, Polarity polarity) {
        return claims.stream()
                .filter(c -> c.polarity() == polarity)
                .map(c -> c.evidence() == null ? EvidenceLevel.UNSPECIFIED : c.evidence())
                .max((a, b) -> a.rank() != b.rank() ? Integer.compare(a.rank(), b.rank())
                        : Integer.compare(b.ordinal(), a.ordinal()));
    }

    private static boolean allHedged(List<ClaimProvenance> claims, Polarity polarity) {
        return claims.stream().filter(c -> c.polarity() == polarity).allMatch(ClaimProvenance::hedged);
    }
}
