package io.litstream.topics.event;

import io.litstream.topics.extraction.EntityIds;
import java.time.Instant;

/**
 * A change in one therapy's evidence, published to {@code litstream.therapies.events} keyed by
 * the therapy id. Derived by aggregate from the previous and the new summary of the therapy,
 * once per change.
 *
 * @param therapyId   canonical therapy id, equal to the record key
 * @param therapyName canonical therapy name
 * @param type        what changed
 * @param before      the value before, as text (an evidence level, a count, a score); absent when there was none
 * @param after       the value after, as text (the new level, the mechanism id, the new count or score)
 * @param articleId   the article whose arrival, update or retraction caused the change
 * @param occurredAt  the timestamp of the record that caused the change
 * @param scoreBefore the therapy's evidence score before the change, absent for a new therapy
 * @param scoreAfter  the score after, absent when the therapy has no live article left
 * @param threshold   for SCORE_CROSSED_THRESHOLD: the threshold crossed
 * @param description the change in one plain-language line
 * @param ids         the therapy's identifiers in outside vocabularies, so a consumer can join the
 *                    event without reading the summary; absent when none is known
 */
public record TherapyEvent(
        String therapyId,
        String therapyName,
        TherapyEventType type,
        String before,
        String after,
        String articleId,
        Instant occurredAt,
        Double scoreBefore,
        Double scoreAfter,
        Double threshold,
        String description,
        EntityIds ids) {
    public TherapyEvent {
        ids = ids == null ? null : ids.orNull();
    }

    /** An event without outside ids, as written before they existed. */
    public TherapyEvent(String therapyId, String therapyName, TherapyEventType type, String before, String after,
                        String articleId, Instant occurredAt, Double scoreBefore, Double scoreAfter, Double threshold,
                        String description) {
        this(therapyId, therapyName, type, before, after, articleId, occurredAt, scoreBefore, scoreAfter, threshold,
                description, null);
    }
}
