package io.litstream.ingest.publish;

import io.litstream.topics.Topics;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.serde.JsonSerde;
import io.litstream.topics.serde.LitstreamSerdes;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Builds the record for one article: key = article id, value = {@code RawArticle} JSON. */
public final class ArticleRecord {
    private final JsonSerde<RawArticle> serde = LitstreamSerdes.rawArticle();

    /** The JSON bytes an article is published as. */
    public byte[] serialize(RawArticle article) {
        return serde.toBytes(article);
    }

    /** The record for {@link Topics#RAW_ARTICLES} carrying already-serialized {@code json}. */
    public static ProducerRecord<String, byte[]> of(RawArticle article, byte[] json) {
        return new ProducerRecord<>(Topics.RAW_ARTICLES, article.id(), json);
    }
}
