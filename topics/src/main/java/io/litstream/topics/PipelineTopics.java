package io.litstream.topics;

import io.litstream.topics.article.RawArticle;
import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.serde.LitstreamSerdes;
import io.litstream.topics.summary.TherapySummary;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The pipeline's topics, typed: each pairs a name of {@link Topics} with its serdes, its schema
 * version and its layout, in flow order. Keys are plain UTF-8 strings except on the dead letters,
 * whose key is the failed input's key as it was (the stream stages keep its bytes).
 */
public final class PipelineTopics {
    public static final Topic<String, RawArticle> RAW_ARTICLES = new Topic<>(Topics.RAW_ARTICLES,
            Serdes::String, LitstreamSerdes::rawArticle, 1, Topic.Layout.TABLE);
    public static final Topic<String, ArticleExtraction> EXTRACTIONS = new Topic<>(Topics.EXTRACTIONS,
            Serdes::String, LitstreamSerdes::extraction, 1, Topic.Layout.TABLE);
    public static final Topic<String, TherapySummary> SUMMARIES = new Topic<>(Topics.SUMMARIES,
            Serdes::String, LitstreamSerdes::summary, 1, Topic.Layout.TABLE);
    /** Version 2 of the events schema added the types {@code FIRST_RCT_FINDING} and {@code FIRST_NO_DIFFERENCE_RCT}. */
    public static final Topic<String, TherapyEvent> THERAPY_EVENTS = new Topic<>(Topics.THERAPY_EVENTS,
            Serdes::String, LitstreamSerdes::event, 2, Topic.Layout.LOG);
    /** Version 2 of the headers schema added the reason {@code UNSUPPORTED_LANGUAGE}, version 3 {@code UNSUPPORTED_FORMAT}. */
    public static final Topic<byte[], byte[]> DEAD_LETTERS = new Topic<>(Topics.DEAD_LETTERS,
            Serdes::ByteArray, Serdes::ByteArray, 3, Topic.Layout.SINGLE_PARTITION_LOG);

    private static final List<Topic<?, ?>> ALL = List.of(RAW_ARTICLES, EXTRACTIONS, SUMMARIES, THERAPY_EVENTS, DEAD_LETTERS);

    private PipelineTopics() {
    }

    /** Every topic, in flow order (dead letters last). */
    public static List<Topic<?, ?>> all() {
        return ALL;
    }
}
