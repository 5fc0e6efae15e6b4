package io.litstream.aggregate.score;

import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.summary.EvidenceTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evidence of a therapy in one plain-language line, from the same counts as the score, e.g.
 * {@code supported by 1 approval and 3 clinical studies (1 hedged) from 3 sources; 1 clinical
 * study found no effect; 2 randomised trials (1 placebo- or sham-controlled): 1 better, 1 no difference}.
 */
public final class Verdict {
    /** Strongest first. */
    private static final List<EvidenceLevel> ORDER = List.of(EvidenceLevel.REGULATORY, EvidenceLevel.CLINICAL,
            EvidenceLevel.REVIEW, EvidenceLevel.PRECLINICAL, EvidenceLevel.UNSPECIFIED);

    private Verdict() {
    }

    public static String of(EvidenceTally tally, long articleCount) {
        List<String> parts = new ArrayList<>();
        long supporting = total(tally.supportingArticles());
        if (supporting > 0) {
            StringBuilder s = new StringBuilder("supported by ").append(list(tally.supportingArticles(), true));
            long hedged = total(tally.hedgedSupportingArticles());
            if (hedged > 0) {
                s.append(" (").append(hedged == supporting && supporting > 1 ? "all" : Long.toString(hedged))
                        .append(" hedged)");
            }
            int sources = tally.supportingSources().size();
            if (sources > 1) {
                s.append(" from ").append(sources).append(" sources");
            }
            parts.add(s.toString());
        } else {
            parts.add("no supporting finding in " + count(articleCount, "article", "articles"));
        }
        if (total(tally.refutingArticles()) > 0) {
            parts.add(list(tally.refutingArticles(), false) + verb(tally.refutingArticles(), " counts", " count")
                    + " against it");
        }
        if (total(tally.noEffectArticles()) > 0) {
            parts.add(list(tally.noEffectArticles(), false) + " found no effect");
        }
        if (tally.randomisedTrialCount() > 0) {
            parts.add(trials(tally));
        }
        return String.join("; ", parts);
    }

    /** E.g. {@code 3 randomised trials (2 placebo- or sham-controlled): 2 better, 1 no difference}. */
    private static String trials(EvidenceTally tally) {
        long n = tally.randomisedTrialCount();
        long placebo = tally.placeboControlledTrialCount();
        StringBuilder s = new StringBuilder(count(n, "randomised trial", "randomised trials"));
        if (placebo > 0) {
            s.append(" (").append(n == 1 ? "" : placebo + " ").append("placebo- or sham-controlled)");
        }
        List<String> directions = new ArrayList<>();
        Map<Direction, Long> byDirection = tally.randomisedTrialsByDirectionOrEmpty();
        for (Direction d : List.of(Direction.BETTER, Direction.NO_DIFFERENCE, Direction.WORSE)) {
            long k = byDirection.getOrDefault(d, 0L);
            if (k > 0) {
                directions.add(k + " " + d.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        return s.append(": ").append(String.join(", ", directions)).toString();
    }

    private static String list(Map<EvidenceLevel, Long> byLevel, boolean supporting) {
        List<String> items = new ArrayList<>();
        for (EvidenceLevel level : ORDER) {
            long n = byLevel.getOrDefault(level, 0L);
            if (n > 0) {
                items.add(noun(level, n, supporting));
            }
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String noun(EvidenceLevel level, long n, boolean supporting) {
        return switch (level) {
            case REGULATORY -> supporting ? count(n, "approval", "approvals")
                    : count(n, "regulatory decision", "regulatory decisions");
            case CLINICAL -> count(n, "clinical study", "clinical studies");
            case REVIEW -> count(n, "review", "reviews");
            case PRECLINICAL -> count(n, "preclinical study", "preclinical studies");
            case UNSPECIFIED -> count(n, "article", "articles");
        };
    }

    private static String verb(Map<EvidenceLevel, Long> byLevel, String singular, String plural) {
        return total(byLevel) == 1 ? singular : plural;
    }

    private static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    private static long total(Map<EvidenceLevel, Long> byLevel) {
        return byLevel.values().stream().mapToLong(Long::longValue).sum();
    }
}
