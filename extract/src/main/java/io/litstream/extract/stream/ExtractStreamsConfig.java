package io.litstream.extract.stream;

import io.litstream.topics.Topics;
import io.litstream.topics.client.Compression;
import io.litstream.topics.deadletter.DeadLetterDeserializationHandler;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams settings of the extract stage. The caller supplies what depends on the
 * deployment (bootstrap servers, security); this adds what the stage's guarantees depend on,
 * overriding the caller where the two disagree.
 *
 * @param streamThreads extraction threads in this instance; each holds its own NLP pipeline
 * @param stateDir      the stage's own state folder (extract keeps no stores, but Kafka Streams locks one)
 */
public record ExtractStreamsConfig(int streamThreads, Path stateDir) {
    public static final String APPLICATION_ID = "litstream-extract";
    /** The {@code litstream.dlq.stage} of extract's dead letters. */
    public static final String STAGE = "extract";
    /** Exactly-once commit interval unless the caller sets one (see toProperties). */
    static final int COMMIT_INTERVAL_MS = 150;

    /** One thread. */
    public static ExtractStreamsConfig defaults(Path stateDir) {
        return new ExtractStreamsConfig(1, stateDir);
    }

    public ExtractStreamsConfig {
        if (streamThreads < 1) {
            throw new IllegalArgumentException("stream threads must be at least 1, was " + streamThreads);
        }
        if (stateDir == null) {
            throw new IllegalArgumentException("a state directory is required");
        }
    }

    /**
     * The full configuration: {@code base} (bootstrap servers, security, any client tuning the
     * caller wants; not modified) overlaid with what this stage requires.
     */
    public Properties toProperties(Properties base) {
        Properties p = new Properties();
        p.putAll(base);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
        // Each exactly-once commit is a transaction the broker pays for (markers on every partition
        // written, the offsets); at 100 ms (the EOS default) a paced pipeline commits a few articles
        // at a time. 150 ms, unless the caller chose: the three commits between publish and summary
        // (this one, aggregate's two) stay well inside a second.
        p.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DEAD_LETTERS);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        p.put(DeadLetterDeserializationHandler.STAGE_CONFIG, STAGE);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        Compression.defaultForStreams(base, p);
        return p;
    }
}
