package io.litstream.launcher.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.aggregate.stream.AggregateStreamsConfig;
import io.litstream.aggregate.stream.AggregateTopology;
import io.litstream.launcher.testkit.CommittedTopic;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedKafkaCluster;
import io.litstream.topics.Topics;
import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.event.TherapyEventType;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.header.LitstreamHeaders;
import io.litstream.topics.serde.LitstreamSerdes;
import io.litstream.topics.summary.TherapySummary;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real broker, a burst of articles about one therapy reaches the summaries topic as a few
 * summaries (one per commit), the last of them counting every article and each naming the
 * articles it carries; the change events are still derived change by change.
 */
@ExtendWith(SharedKafkaCluster.class)
class SummariesGoOutOncePerCommitIT {
    private static final int ARTICLES = 40;
    private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(3);

    @TempDir
    Path state;

    @BeforeEach
    void blankCluster(KafkaTestCluster kafka) throws Exception {
        PipelineReset.resetWithTopics(kafka, 2);
    }

    @Test
    void aBurstAboutOneTherapyGivesOneSummaryPerCommit(KafkaTestCluster kafka) throws Exception {
        Properties base = new Properties();
        base.putAll(kafka.clientProperties());
        base.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, (int) COMMIT_INTERVAL.toMillis());
        KafkaStreams streams = new KafkaStreams(AggregateTopology.build(),
                AggregateStreamsConfig.defaults(state).toProperties(base));
        try {
            streams.start();
            awaitRunning(streams);
            try (KafkaProducer<String, ArticleExtraction> producer = new KafkaProducer<>(kafka.clientProperties(),
                    new StringSerializer(), LitstreamSerdes.extraction().serializer())) {
                for (int i = 0; i < ARTICLES; i++) {
                    ArticleExtraction article = ketamineArticle(i);
                    producer.send(new ProducerRecord<>(Topics.EXTRACTIONS, article.articleId(), article));
                }
                producer.flush();
            }

            List<ConsumerRecord<String, byte[]>> summaries = awaitSummaryOfAll(kafka);

            long ketamineSummaries = summaries.stream().filter(r -> "ketamine".equals(r.key())).count();
            assertTrue(ketamineSummaries <= 4,
                    ARTICLES + " changes within a few commits give a few summaries, not one each: " + ketamineSummaries);
            List<String> named = summaries.stream().filter(r -> "ketamine".equals(r.key()))
                    .flatMap(r -> LitstreamHeaders.all(r.headers(), LitstreamHeaders.SUMMARISED_ARTICLE).stream())
                    .sorted().toList();
            assertEquals(IntStream.range(0, ARTICLES).mapToObj(i -> ketamineArticle(i).articleId()).sorted().toList(),
                    named, "each article is named by exactly one ketamine summary record");
            List<TherapyEvent> events = CommittedTopic.read(kafka.clientProperties(), Topics.THERAPY_EVENTS,
                            Duration.ofSeconds(30)).stream()
                    .filter(r -> "ketamine".equals(r.key()))
                    .map(r -> LitstreamSerdes.event().deserializer().deserialize(Topics.THERAPY_EVENTS, r.value()))
                    .toList();
            assertEquals(1, events.stream().filter(e -> e.type() == TherapyEventType.NEW_THERAPY).count(),
                    "one NEW_THERAPY event: " + events);
        } finally {
            streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
                    .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        }
    }

    private static List<ConsumerRecord<String, byte[]>> awaitSummaryOfAll(KafkaTestCluster kafka) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        long seen = -1;
        while (System.nanoTime() < deadline) {
            List<ConsumerRecord<String, byte[]>> records =
                    CommittedTopic.read(kafka.clientProperties(), Topics.SUMMARIES, Duration.ofSeconds(30));
            Map<String, TherapySummary> latest = CommittedTopic.latest(records,
                    bytes -> LitstreamSerdes.summary().deserializer().deserialize(Topics.SUMMARIES, bytes));
            TherapySummary ketamine = latest.get("ketamine");
            seen = ketamine == null ? 0 : ketamine.articleCount();
            if (seen == ARTICLES) {
                assertEquals(ARTICLES, latest.get("lithium").articleCount());
                return records;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the ketamine summary never counted all " + ARTICLES + " articles; last saw " + seen);
    }

    private static void awaitRunning(KafkaStreams streams) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the aggregate did not reach RUNNING: " + streams.state());
            }
            Thread.sleep(200);
        }
    }

    private static ArticleExtraction ketamineArticle(int i) {
        String id = "doi:10.1000/burst" + i;
        List<Claim> claims = List.of(
                new Claim("ketamine", "ketamine", ClaimType.EFFICACY, i % 3 == 0 ? Polarity.NO_EFFECT : Polarity.SUPPORTS,
                        i % 2 == 0, EvidenceLevel.CLINICAL, "Ketamine sentence " + i + ".", List.of("nmda"), 0),
                new Claim("lithium", "lithium", ClaimType.SAFETY, Polarity.SUPPORTS, false, EvidenceLevel.UNSPECIFIED,
                        "Lithium sentence " + i + ".", List.of(), 1));
        return new ArticleExtraction(id, "test://" + id, "Title " + i, "https://doi.org/10.1000/burst" + i, 2025,
                "it-1", Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i),
                List.of(new FoundEntity("ketamine", "ketamine", "DRUG", List.of("ketamine")),
                        new FoundEntity("lithium", "lithium", "DRUG", List.of("lithium"))),
                List.of(new FoundEntity("nmda", "NMDA receptor", "RECEPTOR", List.of("NMDA"))), claims, 2, 20);
    }
}
