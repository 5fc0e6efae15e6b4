package io.litstream.launcher.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.aggregate.stream.AggregateStreamsConfig;
import io.litstream.aggregate.stream.AggregateTopology;
import io.litstream.aggregate.query.ClusterSummaryStore;
import io.litstream.aggregate.query.SummaryHttpServer;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedKafkaCluster;
import io.litstream.topics.Topics;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.serde.Json;
import io.litstream.topics.serde.LitstreamSerdes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two aggregate instances on a real broker, each owning some partitions: every query gets the
 * same answer from either, because each forwards key lookups to the owner and merges listings.
 */
@ExtendWith(SharedKafkaCluster.class)
class TwoInstancesAnswerAlikeIT {
    private static final int PARTITIONS = 4;
    private static final List<String> THERAPIES = List.of("ketamine", "esketamine", "psilocybin", "ect",
            "sertraline", "lithium", "tms", "zuranolone");

    @TempDir
    Path stateA;
    @TempDir
    Path stateB;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = Json.newMapper();
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void blankCluster(KafkaTestCluster kafka) throws Exception {
        PipelineReset.resetWithTopics(kafka, PARTITIONS);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void everyQueryGetsTheSameAnswerFromEitherInstance(KafkaTestCluster kafka) throws Exception {
        Instance a = start(kafka, stateA);
        Instance b = start(kafka, stateB);
        awaitRunning(a, b);

        Map<String, ArticleExtraction> live = new TreeMap<>();
        try (KafkaProducer<String, ArticleExtraction> producer = new KafkaProducer<>(kafka.clientProperties(),
                new StringSerializer(), LitstreamSerdes.extraction().serializer())) {
            for (int i = 0; i < 16; i++) {
                ArticleExtraction article = article("doi:10." + (1000 + i % 5) + "/a" + i,
                        THERAPIES.get(i % THERAPIES.size()), THERAPIES.get((i * 3 + 1) % THERAPIES.size()), i);
                producer.send(new ProducerRecord<>(Topics.EXTRACTIONS, article.articleId(), article)).get();
                live.put(article.articleId(), article);
            }
            String retracted = "doi:10.1003/a3";
            producer.send(new ProducerRecord<>(Topics.EXTRACTIONS, retracted, null)).get();
            live.remove(retracted);
        }
        Map<String, Long> expectedCounts = articleCounts(live.values());

        awaitCounts(a, expectedCounts);
        awaitCounts(b, expectedCounts);

        List<String> paths = new ArrayList<>(List.of("/therapies", "/therapies?sort=score",
                "/therapies?sort=name&evidence=CLINICAL", "/therapies/homeopathy", "/articles/doi:10.1003/a3"));
        THERAPIES.forEach(t -> paths.add("/therapies/" + t));
        live.keySet().forEach(id -> paths.add("/articles/" + id));
        for (String path : paths) {
            HttpResponse<String> fromA = get(a, path);
            HttpResponse<String> fromB = get(b, path);
            assertEquals(fromA.statusCode(), fromB.statusCode(), path);
            assertEquals(json.readTree(fromA.body()), json.readTree(fromB.body()), path);
        }
        assertEquals(404, get(a, "/articles/doi:10.1003/a3").statusCode());
        assertEquals(200, get(b, "/articles/doi:10.1000/a0").statusCode());

        Set<String> localA = ids(get(a, "/therapies?scope=local").body());
        Set<String> localB = ids(get(b, "/therapies?scope=local").body());
        assertFalse(localA.isEmpty(), "instance A owns some therapies");
        assertFalse(localB.isEmpty(), "instance B owns some therapies");
        Set<String> both = new HashSet<>(localA);
        both.retainAll(localB);
        assertTrue(both.isEmpty(), "no therapy is owned twice: " + both);
        Set<String> union = new HashSet<>(localA);
        union.addAll(localB);
        assertEquals(expectedCounts.keySet(), union);
    }

    private static ArticleExtraction article(String id, String therapy, String other, int i) {
        Polarity polarity = i % 4 == 3 ? Polarity.NO_EFFECT : Polarity.SUPPORTS;
        EvidenceLevel level = i % 3 == 0 ? EvidenceLevel.CLINICAL : EvidenceLevel.PRECLINICAL;
        List<Claim> claims = List.of(
                new Claim(therapy, therapy, ClaimType.EFFICACY, polarity, i % 2 == 0, level,
                        "Sentence about " + therapy + " in " + id + ".", List.of("bdnf"), 0),
                new Claim(other, other, ClaimType.SAFETY, Polarity.SUPPORTS, false, EvidenceLevel.UNSPECIFIED,
                        "Sentence about " + other + " in " + id + ".", List.of(), 1));
        return new ArticleExtraction(id, "test://" + id, "Title " + id, "https://doi.org/" + id.substring(4), 2025,
                "it-1", Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i),
                List.of(new FoundEntity(therapy, therapy, "DRUG", List.of(therapy)),
                        new FoundEntity(other, other, "DRUG", List.of(other))),
                List.of(new FoundEntity("bdnf", "BDNF", "PROTEIN", List.of("BDNF"))), claims, 2, 20);
    }

    private static Map<String, Long> articleCounts(Iterable<ArticleExtraction> live) {
        Map<String, Long> counts = new TreeMap<>();
        for (ArticleExtraction a : live) {
            Set<String> therapies = new HashSet<>();
            a.therapies().forEach(t -> therapies.add(t.id()));
            therapies.forEach(t -> counts.merge(t, 1L, Long::sum));
        }
        return counts;
    }

    private record Instance(KafkaStreams streams, SummaryHttpServer server) {
    }

    private Instance start(KafkaTestCluster kafka, Path stateDir) {
        SummaryHttpServer server = new SummaryHttpServer();
        open.add(server);
        String advertised = "127.0.0.1:" + server.port();
        Properties base = new Properties();
        base.putAll(kafka.clientProperties());
        base.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        Properties props = new AggregateStreamsConfig(1, stateDir, advertised).toProperties(base);
        KafkaStreams streams = new KafkaStreams(AggregateTopology.build(), props);
        // Leave the group on close, so that the next test's reset finds it empty.
        open.add(() -> streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)));
        server.start(ClusterSummaryStore.of(streams, advertised));
        streams.start();
        return new Instance(streams, server);
    }

    private static void awaitRunning(Instance... instances) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (Instance i : instances) {
                all &= i.streams().state() == KafkaStreams.State.RUNNING
                        && i.streams().metadataForAllStreamsClients().size() == instances.length;
            }
            if (all) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the instances did not both reach RUNNING");
    }

    private void awaitCounts(Instance instance, Map<String, Long> expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Map<String, Long> seen = Map.of();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(instance, "/therapies");
            if (response.statusCode() == 200) {
                seen = new TreeMap<>();
                for (JsonNode s : json.readTree(response.body())) {
                    seen.put(s.get("therapyId").asText(), s.get("articleCount").asLong());
                }
                if (seen.equals(expected)) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("summaries never settled: expected " + expected + ", last saw " + seen);
    }

    private Set<String> ids(String body) throws Exception {
        Set<String> out = new HashSet<>();
        json.readTree(body).forEach(n -> out.add(n.get("therapyId").asText()));
        return out;
    }

    private HttpResponse<String> get(Instance instance, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.server().port() + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
