package io.litstream.ingest.publish;

import static io.litstream.topics.PipelineTopics.RAW_ARTICLES;

import io.litstream.topics.article.RawArticle;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;

/** Builds the record for one article: key = article id, value = {@code RawArticle} JSON. */
public final class ArticleRecord {
    private final Serializer<RawArticle> serializer = RAW_ARTICLES.valueSerde().serializer();

    /** The JSON bytes an article is published as. */
    public byte[] serialize(RawArticle article) {
        return serializer.serialize(RAW_ARTICLES.name(), article);
    }

    /** The record for {@link io.litstream.topics.Topics#RAW_ARTICLES} carrying already-serialized {@code json}. */
    public static ProducerRecord<String, byte[]> of(RawArticle article, byte[] json) {
        return new ProducerRecord<>(RAW_ARTICLES.name(), article.id(), json);
    }
}
