package io.litstream.topics.serde;

import io.litstream.topics.article.RawArticle;
import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.summary.TherapySummary;

/** The serde of each topic's value type, made explicit at every use. Keys are plain strings. */
public final class LitstreamSerdes {
    private LitstreamSerdes() {
    }

    public static JsonSerde<RawArticle> rawArticle() {
        return new JsonSerde<>(RawArticle.class);
    }

    public static JsonSerde<ArticleExtraction> extraction() {
        return new JsonSerde<>(ArticleExtraction.class);
    }

    public static JsonSerde<TherapySummary> summary() {
        return new JsonSerde<>(TherapySummary.class);
    }

    public static JsonSerde<TherapyEvent> event() {
        return new JsonSerde<>(TherapyEvent.class);
    }
}
