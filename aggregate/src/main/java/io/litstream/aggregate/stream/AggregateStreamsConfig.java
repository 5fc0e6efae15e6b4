package io.litstream.aggregate.stream;

import io.litstream.topics.client.Compression;
import io.litstream.topics.deadletter.DeadLetterDeserializationHandler;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams settings of the aggregate application.
 *
 * @param streamThreads     stream threads in this instance (at most the partitions of the input are busy)
 * @param stateDir          where the local stores live; keep it across restarts to avoid a full restore
 * @param applicationServer {@code host:port} of this instance's query API, advertised to the
 *                          other instances for interactive queries; {@code null} when not served
 */
public record AggregateStreamsConfig(int streamThreads, Path stateDir, String applicationServer) {
    public static final String APPLICATION_ID = "litstream-aggregate";
    /** The {@code litstream.dlq.stage} of aggregate's dead letters. */
    public static final String STAGE = "aggregate";
    /** Exactly-once commit interval unless the caller sets one (see toProperties). */
    static final int COMMIT_INTERVAL_MS = 150;

    /** One thread, no query API advertised. */
    public static AggregateStreamsConfig defaults(Path stateDir) {
        return new AggregateStreamsConfig(1, stateDir, null);
    }

    public AggregateStreamsConfig {
        if (streamThreads < 1) {
            throw new IllegalArgumentException("stream threads must be at least 1, was " + streamThreads);
        }
        if (stateDir == null) {
            throw new IllegalArgumentException("a state directory is required");
        }
    }

    /**
     * The full configuration: {@code base} (bootstrap servers, security, any client tuning the
     * caller wants) overlaid with what this application requires.
     *
     * <p>A record that cannot be deserialized is logged, skipped and sent to the dead letters
     * ({@link DeadLetterDeserializationHandler}). Processing errors keep Kafka Streams' default
     * (fail): skipping a record half-way through an add/subtract aggregation would leave the
     * counts wrong for good, which is worse than stopping.
     */
    public Properties toProperties(Properties base) {
        Properties props = new Properties();
        props.putAll(base);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        // The splitter's memory, the contributions table and the summaries must move together:
        // a half-applied update would subtract or add one article twice.
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // The optimisations the topology is built with, so that the running application agrees with it.
        props.putAll(AggregateTopology.optimizations());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
        // Fewer, fuller transactions than the EOS default of 100 ms (see ExtractStreamsConfig): a
        // summary waits for two of these commits, and publish→summary p99 stays under a second.
        props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        props.put(DeadLetterDeserializationHandler.STAGE_CONFIG, STAGE);
        Compression.defaultForStreams(base, props);
        if (applicationServer != null) {
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer);
        }
        return props;
    }
}
