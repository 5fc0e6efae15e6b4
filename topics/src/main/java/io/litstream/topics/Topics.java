package io.litstream.topics;

import java.util.List;

/**
 * The pipeline's topics: ingest writes raw articles, extract turns each into one extraction,
 * aggregate folds extractions into one compacted summary per therapy. Anything a stage cannot
 * process goes to the dead letters with the reason in its headers. These are the names, usable
 * where a constant is needed; {@link PipelineTopics} pairs each with its serdes, schema version
 * and layout.
 */
public final class Topics {
    /** Raw articles, key: stable article id, value: {@code RawArticle} JSON (null = retracted). */
    public static final String RAW_ARTICLES = "litstream.articles.raw";
    /** One extraction per article, key: article id, value: {@code ArticleExtraction} JSON (null = retracted). */
    public static final String EXTRACTIONS = "litstream.articles.extracted";
    /** Latest summary per therapy, compacted, key: canonical therapy id, value: {@code TherapySummary} JSON. */
    public static final String SUMMARIES = "litstream.therapies.summary";
    /**
     * Typed changes of the therapies' evidence, key: therapy id, value: {@code TherapyEvent} JSON.
     * A log, not a table: every event matters, so it is deleted by age, never compacted.
     */
    public static final String THERAPY_EVENTS = "litstream.therapies.events";
    /** Inputs no stage could process: the original bytes, the reason in {@code litstream.dlq.*} headers. */
    public static final String DEAD_LETTERS = "litstream.deadletters";

    private Topics() {
    }

    /**
     * Every topic the pipeline needs, sized by {@code settings}. Raw articles and extractions are
     * tables keyed by article id: compaction keeps the latest version of every article forever,
     * which is what a replay from scratch needs.
     */
    public static List<TopicSpec> all(TopicSettings settings) {
        return PipelineTopics.all().stream().map(topic -> topic.spec(settings)).toList();
    }
}
