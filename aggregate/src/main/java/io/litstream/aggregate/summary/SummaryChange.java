package io.litstream.aggregate.summary;

import io.litstream.topics.summary.TherapySummary;

/**
 * One change of a therapy's summary, as {@link SummaryUpdater} made it: what the summary was just
 * before one contribution changed and what it is now. Passed between processors of one task, never
 * serialized.
 *
 * @param before the summary before the change; {@code null} when no live article mentioned the therapy
 * @param after  the summary after the change; {@code null} when none does any more
 */
public record SummaryChange(TherapySummary before, TherapySummary after) {
}
