package io.litstream.launcher.demo;

import io.litstream.topics.Topics;
import io.litstream.topics.deadletter.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Watches the pipeline's topics from the moment it is created, to tell when a batch of articles
 * has gone all the way through: every ingested article extracted (or dead-lettered by extract),
 * and the summaries quiet. It reads the topics the way
 * any consumer would (read_committed, no consumer group), so it works on any cluster.
 */
public final class CorpusProgress implements AutoCloseable {
    private static final List<String> WATCHED = List.of(
            Topics.RAW_ARTICLES, Topics.EXTRACTIONS, Topics.DEAD_LETTERS, Topics.SUMMARIES);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final BooleanSupplier cancelled;
    private final Set<String> ingested = new HashSet<>();
    private final Set<String> extracted = new HashSet<>();
    private final Set<String> failedInExtract = new HashSet<>();
    private int rejectedByIngest;
    private Instant lastSummary = Instant.EPOCH;
    private int summaryUpdates;

    public CorpusProgress(Map<String, Object> clientProperties) {
        this(clientProperties, () -> false);
    }

    /** As above; every wait gives up (returning false) as soon as {@code cancelled} says so. */
    public CorpusProgress(Map<String, Object> clientProperties, BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : WATCHED) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        // Only what happens from now on counts: start at today's end of every topic.
        consumer.endOffsets(partitions).forEach(consumer::seek);
    }

    /**
     * Waits until at least {@code articles} distinct articles have reached the raw topic and every
     * one of them has an extraction (or an extract dead letter).
     */
    public boolean awaitExtracted(int articles, Duration timeout) {
        return await(() -> {
            Set<String> done = new HashSet<>(extracted);
            done.addAll(failedInExtract);
            return ingested.size() >= articles && done.containsAll(ingested);
        }, timeout);
    }

    /** Waits until no summary has changed for {@code quiet} (at least one update seen). */
    public boolean awaitSummariesSettled(Duration quiet, Duration timeout) {
        return await(() -> summaryUpdates > 0 && Instant.now().isAfter(lastSummary.plus(quiet)), timeout);
    }

    public Set<String> ingestedIds() {
        return Set.copyOf(ingested);
    }

    public int rejectedByIngest() {
        return rejectedByIngest;
    }

    private boolean await(BooleanSupplier done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && !cancelled.getAsBoolean()) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                observe(r);
            }
            if (done.getAsBoolean()) {
                return true;
            }
        }
        return false;
    }

    private void observe(ConsumerRecord<byte[], byte[]> r) {
        String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
        switch (r.topic()) {
            case Topics.RAW_ARTICLES -> ingested.add(key);
            case Topics.EXTRACTIONS -> extracted.add(key);
            case Topics.SUMMARIES -> {
                summaryUpdates++;
                lastSummary = Instant.now();
            }
            case Topics.DEAD_LETTERS -> {
                String stage = DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.STAGE);
                if ("ingest".equals(stage)) {
                    rejectedByIngest++;
                } else if (key != null) {
                    failedInExtract.add(key);
                }
            }
            default -> { }
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
