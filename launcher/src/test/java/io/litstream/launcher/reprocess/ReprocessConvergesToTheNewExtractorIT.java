package io.litstream.launcher.reprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.litstream.aggregate.stream.AggregateStreamsConfig;
import io.litstream.aggregate.stream.AggregateTopology;
import io.litstream.aggregate.query.KafkaStreamsSummaryStore;
import io.litstream.extract.Extractor;
import io.litstream.extract.stream.ExtractStreamsConfig;
import io.litstream.extract.stream.ExtractTopology;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedKafkaCluster;
import io.litstream.topics.Topics;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.serde.LitstreamSerdes;
import io.litstream.topics.summary.TherapySummary;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reprocessing on a real broker: extract runs with extractor v1, is stopped and rewound, and
 * runs again with v2; the summaries end up made by v2 alone, with the same article counts —
 * nothing was counted twice.
 */
@ExtendWith(SharedKafkaCluster.class)
class ReprocessConvergesToTheNewExtractorIT {
    @TempDir
    Path state;

    private final List<KafkaStreams> running = new ArrayList<>();

    @BeforeEach
    void blankCluster(KafkaTestCluster kafka) throws Exception {
        PipelineReset.resetWithTopics(kafka, 2);
    }

    @AfterEach
    void stopAll() {
        running.forEach(ReprocessConvergesToTheNewExtractorIT::close);
    }

    @Test
    void summariesConvergeToTheNewVersionWithNothingCountedTwice(KafkaTestCluster kafka) throws Exception {
        int records = 0;
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(kafka.clientProperties(),
                new StringSerializer(), LitstreamSerdes.rawArticle().serializer())) {
            for (String[] a : new String[][] {{"r1", "ketamine lithium"}, {"r2", "ketamine"}, {"r3", "ect"},
                    {"r4", "lithium psilocybin"}, {"r2", "ketamine ect"}}) {
                producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES, a[0], raw(a[0], a[1]))).get();
                records++;
            }
            producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES, "r3", null)).get();
            records++;
        }
        Map<String, Long> expected = Map.of("ketamine", 2L, "lithium", 2L, "ect", 1L, "psilocybin", 1L);

        KafkaStreams aggregate = start(AggregateTopology.build(), new AggregateStreamsConfig(1, state.resolve("agg"),
                null).toProperties(base(kafka)));
        KafkaStreamsSummaryStore summaries = new KafkaStreamsSummaryStore(aggregate);
        KafkaStreams extractV1 = start(ExtractTopology.build(() -> extractor("v1")), extractProps(kafka, "x1"));
        awaitSummaries(summaries, expected, "v1");

        try (Admin admin = Admin.create(kafka.clientProperties())) {
            ExtractReplay replay = new ExtractReplay(admin);
            assertThrows(ExtractReplay.ExtractStillRunningException.class, replay::rewind);

            close(extractV1);
            running.remove(extractV1);
            assertEquals(records, replay.rewind().records());
        }

        start(ExtractTopology.build(() -> extractor("v2")), extractProps(kafka, "x2"));
        awaitSummaries(summaries, expected, "v2");
    }

    private static RawArticle raw(String id, String therapies) {
        return new RawArticle(id, "test://" + id, RawArticle.SourceKind.DIRECTORY, "text", therapies, therapies,
                null, null, null, null, 2025, Integer.toHexString(therapies.hashCode()), Instant.now());
    }

    /** Finds the therapies named in the text; its version is all that differs between v1 and v2. */
    private static Extractor extractor(String version) {
        return article -> {
            List<String> ids = Arrays.stream(article.text().split(" ")).distinct().toList();
            return new ArticleExtraction(article.id(), article.source(), article.title(), null, 2025, version,
                    Instant.parse("2025-01-01T00:00:00Z"),
                    ids.stream().map(t -> new FoundEntity(t, t, "DRUG", List.of(t))).toList(), List.of(),
                    ids.stream().map(t -> new Claim(t, t, ClaimType.EFFICACY, Polarity.SUPPORTS, false,
                            EvidenceLevel.CLINICAL, t + " helped.", List.of(), 0)).toList(), 1, ids.size());
        };
    }

    private static void awaitSummaries(KafkaStreamsSummaryStore summaries, Map<String, Long> expected, String version)
            throws InterruptedException {
        Map<String, Long> expectedVersions = new TreeMap<>();
        expected.forEach((t, n) -> expectedVersions.put(t + "@" + version, n));
        Map<String, Long> seen = Map.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Map<String, Long> counts = new TreeMap<>();
                Map<String, Long> versions = new TreeMap<>();
                for (TherapySummary s : summaries.all()) {
                    counts.put(s.therapyId(), s.articleCount());
                    s.extractorVersions().forEach((v, n) -> versions.put(s.therapyId() + "@" + v, n));
                }
                seen = versions;
                if (counts.equals(new TreeMap<>(expected)) && versions.equals(expectedVersions)) {
                    return;
                }
            } catch (RuntimeException notYetQueryable) {
                // starting or rebalancing
            }
            Thread.sleep(200);
        }
        throw new AssertionError("summaries never converged to " + expectedVersions + "; last saw " + seen);
    }

    private Properties base(KafkaTestCluster kafka) {
        Properties base = new Properties();
        base.putAll(kafka.clientProperties());
        base.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        return base;
    }

    private Properties extractProps(KafkaTestCluster kafka, String stateDir) {
        return ExtractStreamsConfig.defaults(state.resolve(stateDir)).toProperties(base(kafka));
    }

    private KafkaStreams start(Topology topology, Properties props) {
        KafkaStreams streams = new KafkaStreams(topology, props);
        running.add(streams);
        streams.start();
        return streams;
    }

    private static void close(KafkaStreams streams) {
        streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }
}
