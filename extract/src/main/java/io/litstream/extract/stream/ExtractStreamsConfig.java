package io.litstream.extract.stream;

import io.litstream.topics.Topics;
import io.litstream.topics.client.Compression;
import io.litstream.topics.deadletter.DeadLetterDeserializationHandler;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams configuration of the extract stage. The caller supplies what depends on the
 * deployment (bootstrap servers, security, state dir); this adds what the stage's guarantees
 * depend on, overriding the caller where the two disagree.
 */
public final class ExtractStreamsConfig {
    public static final String APPLICATION_ID = "litstream-extract";
    /** The {@code litstream.dlq.stage} of extract's dead letters. */
    public static final String STAGE = "extract";

    private ExtractStreamsConfig() {
    }

    /**
     * The stage's properties.
     *
     * @param base             deployment settings ({@code bootstrap.servers}, {@code security.protocol}, ...);
     *                         not modified
     * @param numStreamThreads extraction threads in this instance; each holds its own NLP pipeline
     */
    public static Properties properties(Properties base, int numStreamThreads) {
        if (numStreamThreads < 1) {
            throw new IllegalArgumentException("numStreamThreads must be at least 1, was " + numStreamThreads);
        }
        Properties p = new Properties();
        p.putAll(base);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, numStreamThreads);
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DEAD_LETTERS);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        p.put(DeadLetterDeserializationHandler.STAGE_CONFIG, STAGE);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        Compression.defaultForStreams(base, p);
        return p;
    }
}
