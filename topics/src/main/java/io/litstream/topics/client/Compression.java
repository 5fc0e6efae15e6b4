package io.litstream.topics.client;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The codec every litstream producer uses unless configured otherwise: lz4. The records are JSON
 * text, which lz4 shrinks about fourfold at little CPU (unlike zstd it needs no native library), so
 * the broker appends, indexes and serves a fraction of the bytes (benchmark: broker CPU per
 * article down by two fifths once the stream stages compressed too).
 */
public final class Compression {
    public static final String DEFAULT_CODEC = "lz4";
    /**
     * Kafka Streams' key for its producers' codec ({@code StreamsConfig.producerPrefix}; this
     * module does not depend on Kafka Streams, and the stages' tests check the two agree).
     */
    public static final String STREAMS_PRODUCER_KEY = "producer." + ProducerConfig.COMPRESSION_TYPE_CONFIG;

    private Compression() {
    }

    /**
     * Sets the default codec for a Kafka Streams application's producers in {@code props}, unless
     * {@code base} (the caller's settings) chose one, for every client or for the producers only.
     */
    public static void defaultForStreams(Map<Object, Object> base, Map<Object, Object> props) {
        if (!base.containsKey(ProducerConfig.COMPRESSION_TYPE_CONFIG) && !base.containsKey(STREAMS_PRODUCER_KEY)) {
            props.put(STREAMS_PRODUCER_KEY, DEFAULT_CODEC);
        }
    }
}
