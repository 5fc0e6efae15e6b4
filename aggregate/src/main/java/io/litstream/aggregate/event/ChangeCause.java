package io.litstream.aggregate.event;

import java.time.Instant;

/**
 * What caused a summary to change, as the record headers tell it.
 *
 * @param articleId        the article whose arrival, update or retraction it was; null when unknown
 * @param retraction       the article was retracted or deleted
 * @param extractorVersion the extractor version of the article's extraction; null for a retraction
 * @param at               the timestamp of the record
 */
public record ChangeCause(String articleId, boolean retraction, String extractorVersion, Instant at) {
}
