package io.litstream.launcher.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.launcher.LitstreamMain;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedKafkaCluster;
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
import io.litstream.topics.summary.TherapySummary;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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

        int opsPort = freePort();
        Process first = startAggregate(kafka, work, opsPort);
        Process second = null;
        try {
            awaitReady(first, opsPort);
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
                        first.destroyForcibly(); // SIGKILL: no shutdown hook, no commit, no leave-group
                        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
                        second = startAggregate(kafka, work, opsPort);
                    }
                }
                producer.flush();
            }
            awaitReady(second, opsPort);

            Map<String, TherapySummary> summaries = settledSummaries(kafka, Duration.ofSeconds(6), Duration.ofMinutes(3));
            Map<String, Expected> expected = fromScratch(live);
            assertEquals(expected.keySet(), summaries.keySet(), "the therapies with live articles, no more, no less");
            for (var e : expected.entrySet()) {
                TherapySummary s = summaries.get(e.getKey());
                assertEquals(e.getValue().articles(), s.articleCount(), e.getKey() + " articles");
                assertEquals(e.getValue().claimsByType(), new TreeMap<>(s.claimsByType()), e.getKey() + " claims by type");
            }
        } finally {
            first.destroyForcibly();
            if (second != null) {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
                second.destroyForcibly();
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

    /** The summaries topic read to its end, latest value per therapy, once nothing new arrives for {@code quiet}. */
    private static Map<String, TherapySummary> settledSummaries(KafkaTestCluster kafka, Duration quiet, Duration timeout) {
        Map<String, Object> props = new HashMap<>(kafka.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, TherapySummary> latest = new TreeMap<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(Topics.SUMMARIES).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            long last = System.nanoTime();
            // Quiet counts only once something arrived: the killed instance's open transaction holds
            // read_committed readers back until the broker aborts it, which can take longer than quiet.
            while (System.nanoTime() < deadline && (latest.isEmpty() || System.nanoTime() - last < quiet.toNanos())) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    last = System.nanoTime();
                    if (r.value() == null) {
                        latest.remove(r.key());
                    } else {
                        latest.put(r.key(), LitstreamSerdes.summary().fromBytes(r.value()));
                    }
                }
            }
        }
        return latest;
    }

    private static Process startAggregate(KafkaTestCluster kafka, Path work, int opsPort) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                LitstreamMain.class.getName(), "run", "--stages", "aggregate",
                "--bootstrap-servers", kafka.bootstrapServers(), "--work-dir", work.toString(),
                "--set", "http.port=0", "--set", "ops.port=" + opsPort)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("aggregate-" + System.nanoTime() + ".log").toFile())
                .start();
    }

    private static void awaitReady(Process process, int opsPort) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the aggregate process died");
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + opsPort + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the aggregate stage did not become ready");
    }

    private static KafkaProducer<String, ArticleExtraction> producer(KafkaTestCluster kafka) {
        Map<String, Object> p = new HashMap<>(kafka.clientProperties());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(p, new StringSerializer(), LitstreamSerdes.extraction().serializer());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
