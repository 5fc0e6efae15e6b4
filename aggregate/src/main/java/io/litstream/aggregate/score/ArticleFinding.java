package io.litstream.aggregate.score;

import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.extraction.StudyDesign;
import io.litstream.topics.summary.ClaimProvenance;
import io.litstream.topics.summary.SourceGenre;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one article says about one therapy, reduced to what the score counts: on which sides it
 * stands, how strong its evidence is on each, whether it only hedges, whether it is a randomised
 * comparison, and where it comes from. One article is one finding however many sentences it has:
 * a paper repeating itself does not count more.
 *
 * <p>A <em>randomised-trial finding</em> is a claim with a direction in an article whose design is
 * randomised (randomised controlled or crossover), against a comparator other than baseline: a
 * change from baseline within one arm is not what randomisation protects.
 *
 * @param supports          the strongest level among the claims supporting the therapy, if any
 * @param supportHedged     every supporting claim is hedged
 * @param supportDesign     the design weight of the support side ({@link #designWeight})
 * @param refutes           the strongest level among the claims refuting it, if any
 * @param refuteHedged      every refuting claim is hedged
 * @param refuteDesign      the design weight of the refuting side
 * @param noEffect          the strongest level among the claims finding no effect, if any
 * @param noEffectHedged    every no-effect claim is hedged
 * @param noEffectDesign    the design weight of the no-effect side
 * @param genre             journal record or web page
 * @param source            the source it counts for (see {@link SourceClassifier#source})
 * @param hedgedClaims      claims whose sentence is hedged
 * @param trialDirections   the directions of its randomised-trial findings (empty when it has none)
 * @param placeboControlled one of its randomised-trial findings is against placebo or sham
 */
public record ArticleFinding(
        Optional<EvidenceLevel> supports,
        boolean supportHedged,
        long supportDesign,
        Optional<EvidenceLevel> refutes,
        boolean refuteHedged,
        long refuteDesign,
        Optional<EvidenceLevel> noEffect,
        boolean noEffectHedged,
        long noEffectDesign,
        SourceGenre genre,
        String source,
        long hedgedClaims,
        Set<Direction> trialDirections,
        boolean placeboControlled) {

    /** Design weight of a side with a randomised-trial finding against placebo or sham. */
    public static final long PLACEBO_CONTROLLED_TRIAL = 4;
    /** Design weight of a side with a randomised-trial finding against anything else (another treatment, usual care, waitlist, unknown). */
    public static final long OTHER_RANDOMISED_TRIAL = 2;
    /** Design weight of every other side: open-label, non-randomised, observational, reviews, unknown designs, web pages. */
    public static final long NOT_RANDOMISED = 1;

    public ArticleFinding {
        trialDirections = Set.copyOf(trialDirections);
    }

    /** The finding of an article of unknown design (as before designs were carried). */
    public static ArticleFinding of(String articleId, String url, String readFrom, List<ClaimProvenance> claims) {
        return of(articleId, url, readFrom, null, claims);
    }

    /** The finding of the article {@code articleId}, of {@code design}, whose claims about a therapy are {@code claims}. */
    public static ArticleFinding of(String articleId, String url, String readFrom, StudyDesign design,
                                    List<ClaimProvenance> claims) {
        boolean randomised = design != null && design.randomised();
        Set<Direction> directions = EnumSet.noneOf(Direction.class);
        boolean placebo = false;
        if (randomised) {
            for (ClaimProvenance c : claims) {
                if (isTrialFinding(c)) {
                    directions.add(c.direction());
                    placebo |= isPlaceboControlled(c);
                }
            }
        }
        return new ArticleFinding(
                strongest(claims, Polarity.SUPPORTS), allHedged(claims, Polarity.SUPPORTS),
                designWeight(randomised, claims, Polarity.SUPPORTS),
                strongest(claims, Polarity.REFUTES), allHedged(claims, Polarity.REFUTES),
                designWeight(randomised, claims, Polarity.REFUTES),
                strongest(claims, Polarity.NO_EFFECT), allHedged(claims, Polarity.NO_EFFECT),
                designWeight(randomised, claims, Polarity.NO_EFFECT),
                SourceClassifier.genre(articleId, url),
                SourceClassifier.source(articleId, url, readFrom),
                claims.stream().filter(ClaimProvenance::hedged).count(),
                directions, placebo);
    }

    /** Whether the article has a randomised-trial finding (of any direction). */
    public boolean randomisedTrial() {
        return !trialDirections.isEmpty();
    }

    /**
     * The weight of this article on one side: level points x genre factor x hedging factor x
     * design weight. Level points: REGULATORY 8, CLINICAL and REVIEW 4, PRECLINICAL 2, UNSPECIFIED
     * 1. Genre: JOURNAL 2, WEB 1. Hedging: 2, or 1 when every claim on that side is hedged. Design:
     * 4 for a randomised-trial finding against placebo or sham on that side, 2 for one against
     * another comparator, else 1. Integers, so that sums of them add and subtract exactly.
     */
    public static long points(EvidenceLevel level, SourceGenre genre, boolean hedged, long design) {
        return levelPoints(level) * (genre == SourceGenre.JOURNAL ? 2L : 1L) * (hedged ? 1L : 2L) * design;
    }

    /** {@link #points(EvidenceLevel, SourceGenre, boolean, long)} of a side that is not a randomised comparison. */
    public static long points(EvidenceLevel level, SourceGenre genre, boolean hedged) {
        return points(level, genre, hedged, NOT_RANDOMISED);
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
        return supports.map(l -> points(l, genre, supportHedged, supportDesign)).orElse(0L);
    }

    public long refutePoints() {
        return refutes.map(l -> points(l, genre, refuteHedged, refuteDesign)).orElse(0L);
    }

    public long noEffectPoints() {
        return noEffect.map(l -> points(l, genre, noEffectHedged, noEffectDesign)).orElse(0L);
    }

    /**
     * The design weight of one side: the best randomised-trial finding among the claims on it. The
     * side is the claim's polarity, as for the level, so a safety finding of no difference in adverse
     * events that extract reads as supporting weighs for the therapy, and a no-difference efficacy
     * finding of a randomised trial weighs against it as much as a positive one weighs for it.
     */
    static long designWeight(boolean randomised, List<ClaimProvenance> claims, Polarity polarity) {
        long weight = NOT_RANDOMISED;
        if (!randomised) {
            return weight;
        }
        for (ClaimProvenance c : claims) {
            if (c.polarity() == polarity && isTrialFinding(c)) {
                weight = Math.max(weight, isPlaceboControlled(c) ? PLACEBO_CONTROLLED_TRIAL : OTHER_RANDOMISED_TRIAL);
            }
        }
        return weight;
    }

    /** Whether {@code c}, in an article of {@code design}, is a randomised-trial finding. */
    public static boolean isRandomisedTrialFinding(StudyDesign design, ClaimProvenance c) {
        return design != null && design.randomised() && isTrialFinding(c);
    }

    private static boolean isTrialFinding(ClaimProvenance c) {
        return c.direction() != null && c.comparatorKind() != ComparatorKind.BASELINE;
    }

    private static boolean isPlaceboControlled(ClaimProvenance c) {
        return c.comparatorKind() == ComparatorKind.PLACEBO || c.comparatorKind() == ComparatorKind.SHAM;
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
