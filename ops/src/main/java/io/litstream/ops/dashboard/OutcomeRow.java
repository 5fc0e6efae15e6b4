package io.litstream.ops.dashboard;

import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.summary.OutcomeTally;
import io.litstream.topics.summary.TherapySummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One line of the therapy page's per-outcome table: what the live articles, and among them the
 * randomised trials, found on one outcome measure, against which comparators, in how many
 * participants. The figures are the summary's {@link OutcomeTally}; this only labels and orders
 * them, so the page shows what {@code GET /therapies/{id}} returns.
 *
 * @param outcome      the measure as people write it ("HAM-D", "adverse events")
 * @param measure      its id ({@link OutcomeMeasure})
 * @param articles     articles with a finding on it: better, no difference, worse
 * @param trials       randomised trials with a finding on it: better, no difference, worse
 * @param comparators  what the findings were against, most articles first ("placebo 2 · active 1")
 * @param participants the randomised trials' participants summed; {@code trialsWithoutSize} of them
 *                     state no size
 */
public record OutcomeRow(String outcome, String measure, Counts articles, Counts trials, String comparators,
                         long participants, long trialsWithoutSize) {

    /** Findings by direction, and how many distinct articles (or trials) they come from. */
    public record Counts(long total, long better, long noDifference, long worse) {
        static Counts of(long total, Map<Direction, Long> byDirection) {
            return new Counts(total, byDirection.getOrDefault(Direction.BETTER, 0L),
                    byDirection.getOrDefault(Direction.NO_DIFFERENCE, 0L), byDirection.getOrDefault(Direction.WORSE, 0L));
        }
    }

    /** The rows of {@code summary}: most randomised trials first, then most articles, then in the measures' order. */
    public static List<OutcomeRow> of(TherapySummary summary) {
        List<Map.Entry<OutcomeMeasure, OutcomeTally>> entries = new ArrayList<>(summary.outcomesOrEmpty().entrySet());
        entries.sort(Comparator.comparing((Map.Entry<OutcomeMeasure, OutcomeTally> e) -> -e.getValue().randomisedTrials())
                .thenComparing(e -> -e.getValue().articles())
                .thenComparing(Map.Entry::getKey));
        return entries.stream().map(e -> of(e.getKey(), e.getValue())).toList();
    }

    private static OutcomeRow of(OutcomeMeasure measure, OutcomeTally t) {
        return new OutcomeRow(label(measure), measure.name(), Counts.of(t.articles(), t.articlesByDirection()),
                Counts.of(t.randomisedTrials(), t.randomisedTrialsByDirection()), comparators(t.comparators()),
                t.participants(), t.randomisedTrialsWithoutSize());
    }

    /** The scales by their usual abbreviations, the rest in words. */
    static String label(OutcomeMeasure measure) {
        return switch (measure) {
            case HAM_D -> "HAM-D";
            case PHQ_9 -> "PHQ-9";
            case CES_D -> "CES-D";
            case MADRS, BDI, EPDS, HADS, GDS, CGI, QIDS -> measure.name();
            case OTHER -> "other outcomes";
            default -> words(measure.name());
        };
    }

    private static String comparators(Map<ComparatorKind, Long> kinds) {
        return kinds.entrySet().stream()
                .sorted(Map.Entry.<ComparatorKind, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> words(e.getKey().name()) + " " + e.getValue())
                .reduce((a, b) -> a + " · " + b).orElse("");
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
