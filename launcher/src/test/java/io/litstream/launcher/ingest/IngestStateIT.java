package io.litstream.launcher.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.publish.IngestMetrics;
import io.litstream.ingest.publish.KafkaArticleSink;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.ingest.state.KafkaStateStore;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedKafkaCluster;
import io.litstream.topics.TopicProvisioner;
import io.litstream.topics.TopicSettings;
import io.litstream.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once and only once across restarts, on a real broker: what ingest published and which copies it
 * recognised live in its compacted state topic, so a new ingester on the same topic re-reading the
 * same files publishes nothing, and a syndicated copy is never published at all.
 */
@ExtendWith(SharedKafkaCluster.class)
class IngestStateIT {
    private static final TopicSettings ONE_BROKER = TopicSettings.singleBroker(1);
    private static final String RELEASE = String.join(" ",
            "Researchers reported today that a six week course of weekly guided therapy sessions reduced",
            "depressive symptoms in adults whose depression had not responded to at least two antidepressants.",
            "In the randomised trial, two hundred participants received either two guided sessions with an",
            "active dose or a low control dose, together with preparation and integration meetings. After six",
            "weeks, rating scale scores fell by fourteen points in the active group and by six points in the",
            "control group. Headache and nausea on the dosing day were the most common side effects, and the",
            "team will follow the participants for a full year to see whether the improvement lasts.");
    private static final String OTHER = String.join(" ",
            "Lithium remains one of the few treatments shown to lower the risk of suicide in people with mood",
            "disorders. A new cohort study followed patients for ten years and found fewer suicide attempts",
            "among those who stayed on lithium than among those who stopped, even after accounting for the",
            "severity of their illness. Kidney and thyroid function need regular checks, which the authors",
            "say is one reason the drug is prescribed less often than the evidence would support today.");

    @BeforeEach
    void blankCluster(KafkaTestCluster kafka) throws Exception {
        PipelineReset.reset(kafka);
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            new TopicProvisioner(admin).ensure(Topics.all(ONE_BROKER));
        }
    }

    @Test
    void aRestartedIngesterPublishesNothingTwiceAndACopyNever(KafkaTestCluster kafka, @TempDir Path dir) throws Exception {
        List<Path> files = List.of(
                Files.writeString(dir.resolve("release.txt"), RELEASE),
                Files.writeString(dir.resolve("other.txt"), OTHER),
                Files.writeString(dir.resolve("syndicated.txt"), "From our partners at the wire. " + RELEASE
                        + " Share this story with a friend."));

        IngestMetrics first = ingest(kafka, files);
        assertEquals(2, first.published(), first.toString());
        assertEquals(1, first.duplicates(), first.toString());

        IngestMetrics second = ingest(kafka, files);
        assertEquals(0, second.published(), "a new ingester on the same state publishes nothing: " + second);
        assertEquals(2, second.skippedUnchanged(), second.toString());
        assertEquals(1, second.duplicates(), second.toString());

        assertEquals(2, readAll(kafka, Topics.RAW_ARTICLES).size(), "each article is on the raw topic once");
        Map<String, String> state = new HashMap<>();
        readAll(kafka, KafkaStateStore.DEFAULT_TOPIC).forEach(r -> state.put(r.key(), r.value()));
        assertTrue(state.keySet().stream().anyMatch(k -> k.startsWith("dup:")), "the copy is linked: " + state.keySet());
        assertEquals(2, state.keySet().stream().filter(k -> k.startsWith("hash:")).count(), state.keySet().toString());
    }

    /** One ingester's life: open the state, publish the files, shut down. */
    private static IngestMetrics ingest(KafkaTestCluster kafka, List<Path> files) {
        KafkaStateStore state = KafkaStateStore.open(kafka.clientProperties(), KafkaStateStore.DEFAULT_TOPIC,
                ONE_BROKER, Duration.ofSeconds(30));
        ArticleReader reader = new ArticleReader();
        try (KafkaArticleSink sink = new KafkaArticleSink(kafka.clientProperties(), state)) {
            for (Path f : files) {
                sink.accept(((ReadResult.Accepted) reader.read(f)).article());
                sink.flush(); // one at a time, as a directory scan would acknowledge them
            }
            return sink.metrics();
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(KafkaTestCluster kafka, String topic) {
        Map<String, Object> config = new HashMap<>(kafka.clientProperties());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
