package io.litstream.extract.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.extract.ArticleExtractor;
import io.litstream.extract.Extractor;
import io.litstream.topics.Topics;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.deadletter.DeadLetterDeserializationHandler;
import io.litstream.topics.deadletter.DeadLetterHeaders;
import io.litstream.topics.deadletter.DeadLetterReason;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.serde.LitstreamSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class ExtractTopologyTest {
    private static final String TEXT = "Ketamine produced rapid antidepressant effects in a randomized trial.";

    @Test
    void anArticleBecomesOneExtractionUnderTheSameKeyStampedWithTheExtractorVersion() {
        ArticleExtractor real = ArticleExtractor.create();
        try (Harness h = new Harness(() -> real)) {
            h.articles.pipeInput("doi:10.1/a", article("doi:10.1/a", "/data/a.txt", TEXT));

            List<TestRecord<String, ArticleExtraction>> out = h.extractions.readRecordsToList();
            assertEquals(1, out.size());
            assertEquals("doi:10.1/a", out.get(0).key());
            ArticleExtraction x = out.get(0).value();
            assertEquals(real.version(), x.extractorVersion());
            assertTrue(x.extractorVersion().startsWith(ArticleExtractor.EXTRACTOR_NAME + "+lexicon-"));
            assertEquals("ketamine", x.therapies().get(0).id());
            assertFalse(x.claims().isEmpty());
            assertTrue(h.deadLetters.isEmpty());
        }
    }

    @Test
    void aRetractionPassesThroughAsATombstone() {
        try (Harness h = new Harness(() -> a -> fail())) {
            h.articles.pipeInput("doi:10.1/gone", null);

            TestRecord<String, ArticleExtraction> out = h.extractions.readRecord();
            assertEquals("doi:10.1/gone", out.key());
            assertNull(out.value());
        }
    }

    @Test
    void anArticleTheExtractorThrowsOnIsDeadLetteredAndTheNextOneStillFlows() {
        Extractor failsOnPoison = a -> {
            if (a.text().contains("poison")) {
                throw new IllegalStateException("cannot read this article");
            }
            return ArticleExtractor.create().extract(a);
        };
        try (Harness h = new Harness(() -> failsOnPoison)) {
            h.articles.pipeInput("pmid:1", article("pmid:1", "/data/poison.txt", "a poison pill"));
            h.articles.pipeInput("pmid:2", article("pmid:2", "/data/good.txt", TEXT));

            TestRecord<byte[], byte[]> dead = h.deadLetters.readRecord();
            assertEquals("pmid:1", new String(dead.key(), StandardCharsets.UTF_8));
            assertEquals(DeadLetterReason.PROCESSING_ERROR.name(), DeadLetterHeaders.read(dead.headers(), DeadLetterHeaders.REASON));
            assertEquals("extract", DeadLetterHeaders.read(dead.headers(), DeadLetterHeaders.STAGE));
            assertEquals("/data/poison.txt", DeadLetterHeaders.read(dead.headers(), DeadLetterHeaders.SOURCE));
            assertTrue(DeadLetterHeaders.read(dead.headers(), DeadLetterHeaders.DETAIL).contains("cannot read this article"));
            // the dead letter carries the original input bytes
            RawArticle original = LitstreamSerdes.rawArticle().fromBytes(dead.value());
            assertEquals("a poison pill", original.text());

            List<TestRecord<String, ArticleExtraction>> out = h.extractions.readRecordsToList();
            assertEquals(1, out.size());
            assertEquals("pmid:2", out.get(0).key());
        }
    }

    /**
     * Runs at least once: the test driver clears its mock producer between records, which under
     * exactly-once also discards the still-uncommitted dead letter a deserialization failure sends
     * before any record is processed. A real broker commits it with the next transaction.
     */
    @Test
    void aValueThatIsNotJsonIsDeadLetteredAsADeserializationErrorAndTheNextOneStillFlows() {
        ArticleExtractor real = ArticleExtractor.create();
        try (Harness h = new Harness(() -> real, "at_least_once")) {
            h.rawBytes.pipeInput("pmid:3", "{not json".getBytes(StandardCharsets.UTF_8));
            h.articles.pipeInput("pmid:4", article("pmid:4", "/data/b.txt", TEXT));

            TestRecord<byte[], byte[]> dead = h.deadLetters.readRecord();
            assertEquals(DeadLetterReason.DESERIALIZATION_ERROR.name(),
                    DeadLetterHeaders.read(dead.headers(), DeadLetterHeaders.REASON));
            assertEquals("extract", DeadLetterHeaders.read(dead.headers(), DeadLetterHeaders.STAGE));
            // Like aggregate's: where the bytes were read; the article id is the dead letter's key.
            assertEquals(Topics.RAW_ARTICLES + "-0@0", DeadLetterHeaders.read(dead.headers(), DeadLetterHeaders.SOURCE));
            assertEquals("pmid:3", new String(dead.key(), StandardCharsets.UTF_8));
            assertEquals("{not json", new String(dead.value(), StandardCharsets.UTF_8));
            assertEquals("pmid:4", h.extractions.readRecord().key());
            assertTrue(h.deadLetters.isEmpty());
        }
    }

    @Test
    void theStageRunsExactlyOnceUnderItsOwnApplicationIdWithBothDeadLetterHandlers() {
        Properties base = new Properties();
        base.put("bootstrap.servers", "broker:9092");
        base.put("application.id", "someone-else");
        Properties p = ExtractStreamsConfig.properties(base, 3);
        assertEquals("litstream-extract", p.get("application.id"));
        assertEquals("broker:9092", p.get("bootstrap.servers"));
        assertEquals("exactly_once_v2", p.get("processing.guarantee"));
        assertEquals(3, p.get("num.stream.threads"));
        assertEquals(Topics.DEAD_LETTERS, p.get("errors.dead.letter.queue.topic.name"));
        assertEquals(DeadLetterProcessingHandler.class, p.get("processing.exception.handler"));
        assertEquals(DeadLetterDeserializationHandler.class, p.get("deserialization.exception.handler"));
        assertEquals("extract", p.get(DeadLetterDeserializationHandler.STAGE_CONFIG));
        assertEquals("someone-else", base.get("application.id"), "the caller's properties are left alone");
    }

    private static ArticleExtraction fail() {
        throw new AssertionError("a tombstone must not reach the extractor");
    }

    private static RawArticle article(String id, String source, String text) {
        return new RawArticle(id, source, RawArticle.SourceKind.DIRECTORY, "text", null, text, null, null, null, null,
                null, null, Instant.parse("2025-01-01T00:00:00Z"));
    }

    /** The topology in a test driver with the stage's real configuration. */
    private static final class Harness implements AutoCloseable {
        final TopologyTestDriver driver;
        final TestInputTopic<String, RawArticle> articles;
        final TestInputTopic<String, byte[]> rawBytes;
        final TestOutputTopic<String, ArticleExtraction> extractions;
        final TestOutputTopic<byte[], byte[]> deadLetters;

        Harness(Supplier<? extends Extractor> extractors) {
            this(extractors, "exactly_once_v2");
        }

        Harness(Supplier<? extends Extractor> extractors, String guarantee) {
            Properties base = new Properties();
            base.put("bootstrap.servers", "unused:9092");
            Properties props = ExtractStreamsConfig.properties(base, 1);
            props.put("processing.guarantee", guarantee);
            driver = new TopologyTestDriver(ExtractTopology.build(extractors), props);
            articles = driver.createInputTopic(Topics.RAW_ARTICLES, new StringSerializer(),
                    LitstreamSerdes.rawArticle().serializer());
            rawBytes = driver.createInputTopic(Topics.RAW_ARTICLES, new StringSerializer(), new ByteArraySerializer());
            extractions = driver.createOutputTopic(Topics.EXTRACTIONS, new StringDeserializer(),
                    LitstreamSerdes.extraction().deserializer());
            deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS, new ByteArrayDeserializer(),
                    new ByteArrayDeserializer());
        }

        @Override
        public void close() {
            driver.close();
        }
    }
}
