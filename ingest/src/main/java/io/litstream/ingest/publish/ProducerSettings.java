package io.litstream.ingest.publish;

import io.litstream.topics.client.Compression;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The producer configuration ingest runs with: the caller's settings (bootstrap servers,
 * security, tuning) plus what the pipeline depends on.
 *
 * <p>Forced: idempotence and {@code acks=all}, because the raw-article topic is a table keyed by
 * article id and a lost or reordered update would leave a stale article forever; string keys and
 * byte-array values, because articles and dead letters share the one producer.
 * Defaulted (the caller may override): the project's codec ({@link Compression}, lz4); a 10 ms linger so that a directory's worth of files
 * goes out in a few batches.
 */
public final class ProducerSettings {
    /** The client id ingest's producers use unless the caller names one. */
    public static final String CLIENT_ID = "litstream-ingest";
    /** The producer's default {@code max.request.size}, used when the caller does not set one. */
    static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ProducerSettings.class);

    private ProducerSettings() {
    }

    public static Map<String, Object> of(Map<String, ?> callerConfig) {
        Objects.requireNonNull(callerConfig, "callerConfig");
        Map<String, Object> config = new HashMap<>(callerConfig);
        force(config, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        force(config, ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, Compression.DEFAULT_CODEC);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "10");
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, CLIENT_ID);
        return config;
    }

    /**
     * {@code callerConfig} with {@code max.request.size} set to the topics' record limit, unless
     * the caller chose one: the producer's own default (1 MB) would refuse articles the input
     * limit lets through.
     */
    public static Map<String, Object> withRecordLimit(Map<String, ?> callerConfig, int maxRecordBytes) {
        Map<String, Object> config = new HashMap<>(callerConfig);
        config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(maxRecordBytes));
        return config;
    }

    /** The largest record the producer will send, per its {@code max.request.size}. */
    static int maxRequestSize(Map<String, Object> config) {
        Object v = config.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        if (v == null) {
            return DEFAULT_MAX_REQUEST_SIZE;
        }
        try {
            return v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_REQUEST_SIZE; // the producer itself will reject the bad value
        }
    }

    private static void force(Map<String, Object> config, String key, String value) {
        Object given = config.put(key, value);
        if (given != null && !value.equalsIgnoreCase(given.toString().trim())) {
            LOG.warn("ignoring {}={}: ingest needs {}={}", key, given, key, value);
        }
    }
}
