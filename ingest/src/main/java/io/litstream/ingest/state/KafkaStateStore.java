package io.litstream.ingest.state;

import io.litstream.topics.TopicSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link StateStore} kept in a compacted Kafka topic owned by ingest (one partition, so that the
 * topic's order is the order of writes). {@link #open} creates the topic when missing, reads it
 * from the beginning to the end offset it saw at start, and keeps the result in memory; every
 * {@code put} and {@code remove} then writes through (a tombstone for a removal). Compaction keeps
 * the latest value per key, so the topic stays as large as the memory it restores, and a restarted
 * or moved ingester finds exactly what its predecessor had acknowledged.
 *
 * <p>Only one ingester may write a given state topic at a time; two would not see each other's
 * writes until restarted. Writes are asynchronous and idempotent; {@link #flush()} waits for them.
 */
public final class KafkaStateStore implements StateStore {
    /** The state topic's default name; it starts with {@code litstream} like every topic of the pipeline. */
    public static final String DEFAULT_TOPIC = "litstream.ingest.state";
    private static final Logger LOG = LoggerFactory.getLogger(KafkaStateStore.class);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final String topic;
    private final KafkaProducer<String, String> producer;
    private final Map<String, String> entries;

    private KafkaStateStore(String topic, KafkaProducer<String, String> producer, Map<String, String> entries) {
        this.topic = topic;
        this.producer = producer;
        this.entries = entries;
    }

    /**
     * Creates the topic when it does not exist, restores its content and returns the store.
     *
     * @param clientConfig {@code bootstrap.servers} and any security settings, shared by the admin,
     *                     consumer and producer this store uses
     * @param topic        the state topic, e.g. {@link #DEFAULT_TOPIC}
     * @param settings     replication factor and min.insync.replicas for the topic (its partitions are always 1)
     * @param timeout      how long restoring may take before giving up
     * @throws KafkaException when the topic cannot be created or read in time
     */
    public static KafkaStateStore open(Map<String, ?> clientConfig, String topic, TopicSettings settings,
                                       Duration timeout) {
        Objects.requireNonNull(topic, "topic");
        ensureTopic(clientConfig, topic, settings);
        Map<String, String> restored = restore(clientConfig, topic, timeout);
        Map<String, Object> producerConfig = new HashMap<>(clientConfig);
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "10");
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "litstream-ingest-state");
        LOG.info("restored {} state entries from {}", restored.size(), topic);
        KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig);
        // Fetch the topic's metadata now: the first write often comes from the article producer's
        // callback thread, which must not wait for it.
        try {
            producer.partitionsFor(topic);
        } catch (RuntimeException e) {
            producer.close(Duration.ZERO);
            throw e;
        }
        return new KafkaStateStore(topic, producer, restored);
    }

    /** Creates the compacted, single-partition topic unless it exists. */
    static void ensureTopic(Map<String, ?> clientConfig, String topic, TopicSettings settings) {
        Map<String, Object> adminConfig = new HashMap<>(clientConfig);
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (existing.contains(topic)) {
                return;
            }
            NewTopic spec = new NewTopic(topic, 1, settings.replicationFactor()).configs(Map.of(
                    "cleanup.policy", "compact",
                    "min.insync.replicas", Integer.toString(settings.minInsyncReplicas())));
            admin.createTopics(List.of(spec)).all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("created state topic {}", topic);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new KafkaException("cannot create state topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted creating state topic " + topic, e);
        } catch (TimeoutException e) {
            throw new KafkaException("timed out creating state topic " + topic, e);
        }
    }

    /** Reads the topic from its beginning up to the end offset seen now; tombstones delete. */
    static Map<String, String> restore(Map<String, ?> clientConfig, String topic, Duration timeout) {
        Map<String, Object> consumerConfig = new HashMap<>(clientConfig);
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG); // assigned, not subscribed: no group
        consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, "litstream-ingest-state-restore");
        Map<String, String> entries = new LinkedHashMap<>();
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (consumer.position(partition, timeout) < end) {
                if (System.nanoTime() > deadline) {
                    throw new KafkaException("timed out restoring state from " + topic + " (at offset "
                            + consumer.position(partition) + " of " + end + ")");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                    if (r.key() == null) {
                        continue;
                    }
                    if (r.value() == null) {
                        entries.remove(r.key());
                    } else {
                        entries.put(r.key(), r.value());
                    }
                }
            }
        }
        return entries;
    }

    public String topic() {
        return topic;
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        Objects.requireNonNull(value, "value");
        // Sent under the lock, so the topic's order of writes to a key is the memory's order.
        if (!value.equals(entries.put(key, value))) {
            send(key, value);
        }
    }

    @Override
    public synchronized void remove(String key) {
        if (entries.remove(key) != null) {
            send(key, null);
        }
    }

    @Override
    public synchronized Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        entries.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                found.put(k, v);
            }
        });
        return found;
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
    }

    private void send(String key, String value) {
        producer.send(new ProducerRecord<>(topic, 0, key, value), (metadata, error) -> {
            if (error != null) {
                // The memory stays right for this run; only a restart would miss the entry.
                LOG.error("could not write state {} to {}", key, topic, error);
            }
        });
    }
}
