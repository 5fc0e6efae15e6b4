package io.litstream.launcher.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.launcher.testkit.CommittedTopic;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedKafkaCluster;
import io.litstream.launcher.testkit.StageProcess;
import io.litstream.topics.TopicProvisioner;
import io.litstream.topics.TopicSettings;
import io.litstream.topics.Topics;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.serde.LitstreamSerdes;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once under a crash: the aggregate stage runs in its own JVM and is killed with SIGKILL
 * while a history of new articles, updates, retractions and re-deliveries flows in; restarted on
 * the same state folder, its summaries must equal a from-scratch computation over the live
 * articles — nothing lost, nothing counted twice.
 */
@ExtendWith(SharedKafkaCluster.class)
class AggregateSurvivesKillNineIT {
    private static final List<String> THERAPIES = List.of("ketamine", "lithium", "psilocybin", "sertraline", "exercise");
    private static final int ARTICLES = 240;

    @BeforeEach
    void blankCluster(KafkaTestCluster kafka) throws Exception {
        PipelineReset.reset(kafka);
    }

    @Test
    void summariesEqualAFromScratchComputationAfterAKillNineAndRestartMidStream(KafkaTestCluster kafka,
            @TempDir Path work) throws Exception {
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            new TopicProvisioner(admin).ensure(Topics.all(TopicSettings.singleBroker(4)));
        }
        List<Map.Entry<String, ArticleExtraction>> history = history(new Random(7));
        Map<String, ArticleExtraction> live = new LinkedHashMap<>();
        for (Map.Entry<String, ArticleExtraction> e : history) {
            if (e.getValue() == null) {
                live.remove(e.getKey());
            } else {
                live.put(e.getKey(), e.getValue());
            }
        }

        try (StageProcess aggregate = StageProcess.of("aggregate", kafka.bootstrapServers(), work, Map.of()).start()) {
            try (KafkaProducer<String, ArticleExtraction> producer = producer(kafka)) {
                int killAt = history.size() / 2;
                for (int i = 0; i < history.size(); i++) {
                    Map.Entry<String, ArticleExtraction> e = history.get(i);
                    producer.send(new ProducerRecord<>(Topics.EXTRACTIONS, e.getKey(), e.getValue()));
                    if (i % 20 == 0) {
                        producer.flush();
                        Thread.sleep(60);
                    }
                    if (i == killAt) {
                        // Killed while records are still flowing in: some work committed, some in an open
                        // transaction that the broker must abort and the restarted instance redo.
                        aggregate.kill(); // SIGKILL: no shutdown hook, no commit, no leave-group
                        aggregate.launch();
                    }
                }
                producer.flush();
            }
            aggregate.awaitReady();

            Map<String, Expected> expected = fromScratch(live);
            Map<String, Expected> actual = awaitSummaries(kafka, expected, Duration.ofMinutes(3));
            assertEquals(expected.keySet(), actual.keySet(), "the therapies with live articles, no more, no less");
            for (var e : expected.entrySet()) {
                assertEquals(e.getValue().articles(), actual.get(e.getKey()).articles(), e.getKey() + " articles");
                assertEquals(e.getValue().claimsByType(), actual.get(e.getKey()).claimsByType(), e.getKey() + " claims by type");
            }
        }
    }

    /** New articles, then updates, retractions and re-deliveries mixed in, in a fixed random order. */
    private static List<Map.Entry<String, ArticleExtraction>> history(Random random) {
        List<Map.Entry<String, ArticleExtraction>> out = new ArrayList<>();
        Map<String, ArticleExtraction> current = new HashMap<>();
        for (int i = 0; i < ARTICLES; i++) {
            String id = "doi:10.9999/kill." + i;
            ArticleExtraction x = extraction(id, random);
            current.put(id, x);
            out.add(Map.entry(id, x));
            if (i > 10 && random.nextInt(4) == 0) {
                String other = "doi:10.9999/kill." + random.nextInt(i);
                int kind = random.nextInt(3);
                ArticleExtraction value = kind == 0 ? extraction(other, random)   // update
                        : kind == 1 ? null                                         // retraction
                        : current.get(other);                                      // re-delivery
                current.put(other, value);
                out.add(new java.util.AbstractMap.SimpleEntry<>(other, value));
            }
        }
        return out;
    }

    private static ArticleExtraction extraction(String id, Random random) {
        List<FoundEntity> therapies = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (String t : THERAPIES) {
            if (random.nextInt(3) == 0) {
                therapies.add(new FoundEntity(t, t, "DRUG", List.of(t)));
                int n = random.nextInt(3);
                for (int c = 0; c < n; c++) {
                    claims.add(new Claim(t, t, ClaimType.values()[random.nextInt(ClaimType.values().length)],
                            Polarity.SUPPORTS, false, EvidenceLevel.CLINICAL, t + " helped in trial " + c + ".",
                            List.of(), c));
                }
            }
        }
        return new ArticleExtraction(id, "kill-test/" + id, "Article " + id, null, 2026, "kill-test-1",
                Instant.parse("2026-01-01T00:00:00Z"), therapies, List.of(), claims, claims.size(), 10);
    }

    record Expected(long articles, Map<ClaimType, Long> claimsByType) {
    }

    private static Map<String, Expected> fromScratch(Map<String, ArticleExtraction> live) {
        Map<String, Long> articles = new TreeMap<>();
        Map<String, Map<ClaimType, Long>> claims = new TreeMap<>();
        for (ArticleExtraction x : live.values()) {
            for (FoundEntity t : x.therapies()) {
                articles.merge(t.id(), 1L, Long::sum);
                claims.computeIfAbsent(t.id(), k -> new TreeMap<>());
            }
            for (Claim c : x.claims()) {
                claims.get(c.therapy()).merge(c.type(), 1L, Long::sum);
            }
        }
        Map<String, Expected> out = new TreeMap<>();
        articles.forEach((t, n) -> out.put(t, new Expected(n, claims.get(t))));
        return out;
    }

    /**
     * The summaries topic's table, read committed, once it equals {@code expected} or as it is at
     * the deadline: the restarted instance may wait out the killed one's session before it works.
     */
    private static Map<String, Expected> awaitSummaries(KafkaTestCluster kafka, Map<String, Expected> expected,
            Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<String, Expected> actual = new TreeMap<>();
            CommittedTopic.latest(CommittedTopic.read(kafka.clientProperties(), Topics.SUMMARIES, Duration.ofSeconds(30)),
                            LitstreamSerdes.summary()::fromBytes)
                    .forEach((t, s) -> actual.put(t, new Expected(s.articleCount(), new TreeMap<>(s.claimsByType()))));
            if (actual.equals(expected) || System.nanoTime() > deadline) {
                return actual;
            }
            Thread.sleep(1000);
        }
    }

    private static KafkaProducer<String, ArticleExtraction> producer(KafkaTestCluster kafka) {
        Map<String, Object> p = new HashMap<>(kafka.clientProperties());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(p, new StringSerializer(), LitstreamSerdes.extraction().serializer());
    }
}
