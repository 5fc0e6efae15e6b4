package io.litstream.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.topics.Topics;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.serde.LitstreamSerdes;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class ArticleRecordTest {
    private static final RawArticle ARTICLE = new RawArticle("doi:10.5555/x", "/in/x.html", RawArticle.SourceKind.DIRECTORY,
            "html", "Title", "Text.", null, "10.5555/x", null, null, 2020, "ab12", Instant.parse("2025-01-01T00:00:00Z"));

    @Test
    void keyIsTheArticleIdAndValueItsJson() {
        ArticleRecord records = new ArticleRecord();
        byte[] json = records.serialize(ARTICLE);
        ProducerRecord<String, byte[]> r = ArticleRecord.of(ARTICLE, json);
        assertEquals(Topics.RAW_ARTICLES, r.topic());
        assertEquals("doi:10.5555/x", r.key());
        assertEquals(ARTICLE, LitstreamSerdes.rawArticle().fromBytes(r.value()), "round-trips through the contract serde");
    }
}
