package io.litstream.launcher.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.launcher.config.Settings;
import io.litstream.launcher.demo.CorpusProgress;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedKafkaCluster;
import io.litstream.launcher.testkit.TestSettings;
import io.litstream.topics.Topics;
import io.litstream.topics.deadletter.DeadLetterHeaders;
import io.litstream.topics.summary.TherapySummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input on a real broker: each bad file and a poison record end up as dead letters with
 * the reason in their headers, nothing crashes, and every good article is still summarised.
 */
@ExtendWith(SharedKafkaCluster.class)
class BadInputIsDeadLetteredAndTheRestFlowsIT {
    private static final String KETAMINE = """
            Ketamine for depression that resists treatment

            In a randomized controlled trial, a single ketamine infusion reduced depressive symptoms
            within a day compared with an active placebo. Ketamine blocks the NMDA receptor.
            """;
    private static final String BREXANOLONE = """
            Brexanolone approved for postpartum depression

            The FDA approved brexanolone in 2019 for postpartum depression. In the pivotal trials,
            patients receiving brexanolone improved more than those receiving placebo.
            """;

    @BeforeEach
    void blankCluster(KafkaTestCluster kafka) throws Exception {
        PipelineReset.reset(kafka);
    }

    @Test
    void everyBadInputBecomesADeadLetterWithItsReasonAndGoodArticlesAreStillSummarised(
            KafkaTestCluster kafka, @TempDir Path work) throws Exception {
        Path inbox = TestSettings.inbox(work);
        Settings settings = TestSettings.pipeline(work, Map.of(Settings.INGEST_MAX_BYTES, "100000"));

        try (Pipeline pipeline = Pipeline.start(settings, kafka.bootstrapServers(), EnumSet.allOf(StageName.class));
             CorpusProgress progress = new CorpusProgress(kafka.clientProperties())) {
            // A poison record straight onto the raw topic, ahead of the good articles.
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES, "poison", "{this is not an article"))
                        .get(30, TimeUnit.SECONDS);
            }
            Files.createDirectories(inbox);
            Files.writeString(inbox.resolve("empty.txt"), "");
            Files.writeString(inbox.resolve("blank.md"), "   \n\n\t  \n");
            Files.write(inbox.resolve("picture.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
            Files.writeString(inbox.resolve("huge.txt"), "Depression treatment notes. ".repeat(8000));
            Files.writeString(inbox.resolve("ketamine.txt"), KETAMINE);
            Files.writeString(inbox.resolve("brexanolone.txt"), BREXANOLONE);

            assertTrue(progress.awaitExtracted(2, Duration.ofMinutes(2)), "the two good articles are extracted");
            assertTrue(progress.awaitSummariesSettled(Duration.ofSeconds(2), Duration.ofMinutes(1)));

            List<String> therapies = pipeline.summaries().orElseThrow().all().stream()
                    .map(TherapySummary::therapyId).toList();
            assertTrue(therapies.contains("ketamine"), "ketamine summarised: " + therapies);
            assertTrue(therapies.contains("brexanolone"), "brexanolone summarised: " + therapies);

            Map<String, String> reasonBySource = deadLetterReasons(kafka, 5);
            assertEquals("EMPTY_BODY", reasonOf(reasonBySource, "empty.txt"));
            assertEquals("EMPTY_BODY", reasonOf(reasonBySource, "blank.md"));
            assertEquals("BINARY_CONTENT", reasonOf(reasonBySource, "picture.html"));
            assertEquals("TOO_LARGE", reasonOf(reasonBySource, "huge.txt"));
            assertEquals("DESERIALIZATION_ERROR", reasonOf(reasonBySource, "poison"));
            assertTrue(pipeline.running(), "no stage stopped: " + pipeline.streamStates());
        }
    }

    private static String reasonOf(Map<String, String> reasonBySource, String sourceSuffix) {
        return reasonBySource.entrySet().stream()
                .filter(e -> e.getKey().endsWith(sourceSuffix))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no dead letter for " + sourceSuffix + " in " + reasonBySource));
    }

    /** Reads the dead-letter topic from the start until {@code expected} records arrived: source (or key) → reason. */
    private static Map<String, String> deadLetterReasons(KafkaTestCluster kafka, int expected) {
        Map<String, Object> props = new HashMap<>(kafka.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, String> out = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(Topics.DEAD_LETTERS).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    String source = DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.SOURCE);
                    String key = r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8);
                    String reason = DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.REASON);
                    out.put(source == null || source.isEmpty() ? key : source, reason);
                    if (!key.isEmpty()) {
                        out.putIfAbsent(key, reason);
                    }
                }
            }
        }
        return out;
    }
}
