package io.litstream.aggregate.score;

import io.litstream.topics.summary.EvidenceTally;

/**
 * The evidence score of a therapy, in [0, 1]: a pure function of its {@link EvidenceTally}, so it
 * is as exact as the counts are.
 *
 * <pre>
 * S, R, N   = support, refute and no-effect points (each article: level x genre x hedging points,
 *             see {@link ArticleFinding#points})
 * strength  = 1 - exp(-S / 32)            how much support there is, saturating: one unhedged
 *                                         journal trial (16 points) gives 0.39, an approval
 *                                         on top of three trials (80) gives 0.92
 * balance   = S / (S + R + N)             the share of the weighted findings that favour it
 * diversity = 0.75 + 0.25 * (1 - 1/k)     k = independent sources among the supporting articles:
 *                                         one source 0.75, two 0.875, four 0.94
 * score     = strength * balance * diversity, 0 without support; rounded to 4 decimals
 * </pre>
 *
 * More support (another article, a stronger level, a journal instead of a blog, an unhedged
 * claim instead of a hedged one, a new source) can only raise it; a refuting or no-effect
 * finding can only lower it.
 */
public final class EvidenceScore {
    /** Support points at which strength reaches 1 - 1/e. */
    public static final double SATURATION_POINTS = 32.0;
    /** The diversity factor of a therapy supported from a single source. */
    public static final double SINGLE_SOURCE_DIVERSITY = 0.75;

    private EvidenceScore() {
    }

    public static double of(EvidenceTally tally) {
        double support = Math.max(0, tally.supportPoints());
        if (support == 0) {
            return 0.0;
        }
        double against = Math.max(0, tally.refutePoints()) + Math.max(0, tally.noEffectPoints());
        double strength = 1 - Math.exp(-support / SATURATION_POINTS);
        double balance = support / (support + against);
        int sources = Math.max(1, tally.supportingSources().size());
        double diversity = SINGLE_SOURCE_DIVERSITY + (1 - SINGLE_SOURCE_DIVERSITY) * (1 - 1.0 / sources);
        double score = strength * balance * diversity;
        return Math.round(Math.min(1.0, Math.max(0.0, score)) * 10_000) / 10_000.0;
    }
}
