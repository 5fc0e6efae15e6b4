package io.litstream.aggregate.event;

import io.litstream.aggregate.score.StrongestSupport;
import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.extraction.EntityIds;
import io.litstream.topics.event.TherapyEventType;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.summary.EvidenceTally;
import io.litstream.topics.summary.TherapySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which events a change of one therapy's summary makes: a pure function of the summary before,
 * the summary after and the cause, so that replaying the same change gives the same events.
 *
 * <ul>
 *   <li>NEW_THERAPY: there was no summary, now there is one.</li>
 *   <li>ARTICLE_RETRACTED: the cause is a retraction (before/after: live article counts).</li>
 *   <li>EVIDENCE_LEVEL_RAISED: the strongest level among the supporting articles went up in rank
 *       (CLINICAL and REVIEW share a rank). Not for a new therapy: NEW_THERAPY says it.</li>
 *   <li>MECHANISM_LINKED: one per mechanism that no live article linked before, new therapies included.</li>
 *   <li>FIRST_REFUTING_FINDING / FIRST_NO_EFFECT_FINDING: such articles went from none to some.</li>
 *   <li>FIRST_RCT_FINDING / FIRST_NO_DIFFERENCE_RCT: live randomised trials with a finding (of any
 *       direction; of no difference) went from none to some. Like the two above, the rule is about
 *       the live evidence, not history: once the only such trial is retracted (ARTICLE_RETRACTED
 *       says so) a later one is again the first, and the event comes again. Re-delivering or
 *       updating a trial that stays one changes nothing, so it never repeats the event.</li>
 *   <li>SCORE_CROSSED_THRESHOLD: before and after lie on different sides of the threshold (at or
 *       above counts as above; a missing summary scores 0), either way.</li>
 * </ul>
 * Events come in that order; mechanisms by id.
 */
public final class EventRules {
    private final double threshold;

    /** @param threshold the score threshold SCORE_CROSSED_THRESHOLD reports, in (0, 1] */
    public EventRules(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the score threshold must be in (0, 1], was " + threshold);
        }
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    public List<TherapyEvent> between(String therapyId, TherapySummary before, TherapySummary after, ChangeCause cause) {
        List<TherapyEvent> events = new ArrayList<>();
        if (before == null && after == null) {
            return events;
        }
        String name = after != null && after.name() != null ? after.name()
                : before != null && before.name() != null ? before.name() : therapyId;
        Double scoreBefore = before == null ? null : score(before);
        Double scoreAfter = after == null ? null : score(after);
        // a retraction leaves no summary after: the event still names the therapy's ids
        EntityIds ids = after != null && after.ids() != null ? after.ids() : before != null ? before.ids() : null;
        Factory make = new Factory(therapyId, name, ids, cause, scoreBefore, scoreAfter);

        if (before == null) {
            events.add(make.event(TherapyEventType.NEW_THERAPY, null, Long.toString(after.articleCount()), null,
                    name + ": new therapy" + (after.verdict() == null ? "" : ", " + after.verdict())));
        }
        if (cause.retraction() && before != null) {
            long left = after == null ? 0 : after.articleCount();
            events.add(make.event(TherapyEventType.ARTICLE_RETRACTED, Long.toString(before.articleCount()),
                    Long.toString(left), null, name + ": article " + cause.articleId() + " retracted, "
                            + left + (left == 1 ? " article" : " articles") + " left"));
        }
        if (before != null && after != null) {
            Optional<EvidenceLevel> was = StrongestSupport.of(before);
            Optional<EvidenceLevel> is = StrongestSupport.of(after);
            if (is.isPresent() && is.get().rank() > was.map(EvidenceLevel::rank).orElse(-1)) {
                events.add(make.event(TherapyEventType.EVIDENCE_LEVEL_RAISED, was.map(Enum::name).orElse(null),
                        is.get().name(), null, name + ": evidence raised to " + level(is.get())
                                + was.map(l -> " (was " + level(l) + ")").orElse("")));
            }
        }
        if (after != null) {
            TreeSet<String> linked = new TreeSet<>(after.mechanisms().keySet());
            if (before != null) {
                linked.removeAll(before.mechanisms().keySet());
            }
            for (String mechanism : linked) {
                events.add(make.event(TherapyEventType.MECHANISM_LINKED, null, mechanism, null,
                        name + ": mechanism " + mechanism + " linked"));
            }
            long refutingBefore = before == null ? 0 : total(tally(before).refutingArticles());
            long refutingAfter = total(tally(after).refutingArticles());
            if (refutingBefore == 0 && refutingAfter > 0) {
                events.add(make.event(TherapyEventType.FIRST_REFUTING_FINDING, "0", Long.toString(refutingAfter), null,
                        name + ": first finding against it"));
            }
            long noEffectBefore = before == null ? 0 : total(tally(before).noEffectArticles());
            long noEffectAfter = total(tally(after).noEffectArticles());
            if (noEffectBefore == 0 && noEffectAfter > 0) {
                events.add(make.event(TherapyEventType.FIRST_NO_EFFECT_FINDING, "0", Long.toString(noEffectAfter),
                        null, name + ": first finding of no effect"));
            }
            long trialsBefore = before == null ? 0 : tally(before).randomisedTrialCount();
            long trialsAfter = tally(after).randomisedTrialCount();
            if (trialsBefore == 0 && trialsAfter > 0) {
                events.add(make.event(TherapyEventType.FIRST_RCT_FINDING, "0", Long.toString(trialsAfter), null,
                        name + ": first randomised-trial finding"));
            }
            long noDifferenceBefore = before == null ? 0 : noDifferenceTrials(tally(before));
            long noDifferenceAfter = noDifferenceTrials(tally(after));
            if (noDifferenceBefore == 0 && noDifferenceAfter > 0) {
                events.add(make.event(TherapyEventType.FIRST_NO_DIFFERENCE_RCT, "0", Long.toString(noDifferenceAfter),
                        null, name + ": first randomised trial that found no difference"));
            }
        }
        double from = scoreBefore == null ? 0 : scoreBefore;
        double to = scoreAfter == null ? 0 : scoreAfter;
        if ((from >= threshold) != (to >= threshold)) {
            events.add(make.event(TherapyEventType.SCORE_CROSSED_THRESHOLD, format(from), format(to), threshold,
                    name + ": score " + (to >= threshold ? "rose to or above " : "fell below ") + format(threshold)
                            + " (" + format(from) + " to " + format(to) + ")"));
        }
        return events;
    }

    private static EvidenceTally tally(TherapySummary s) {
        return s.evidence() == null ? EvidenceTally.empty() : s.evidence();
    }

    private static long noDifferenceTrials(EvidenceTally t) {
        return t.randomisedTrialsByDirectionOrEmpty().getOrDefault(Direction.NO_DIFFERENCE, 0L);
    }

    private static double score(TherapySummary s) {
        return s.score() == null ? 0.0 : s.score();
    }

    private static long total(Map<EvidenceLevel, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String level(EvidenceLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private static String format(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    private record Factory(String therapyId, String name, EntityIds ids, ChangeCause cause, Double scoreBefore,
                           Double scoreAfter) {
        TherapyEvent event(TherapyEventType type, String before, String after, Double threshold, String description) {
            return new TherapyEvent(therapyId, name, type, before, after, cause.articleId(), cause.at(), scoreBefore,
                    scoreAfter, threshold, description, ids);
        }
    }
}
