package io.litstream.topics.stage;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Kafka Streams application with the behaviour every stage wants: an unexpected error
 * replaces the failed stream thread a bounded number of times ({@link ThreadRestartPolicy};
 * per-record errors are handled earlier, by the stages' dead-letter handlers), and close waits a
 * bounded time and leaves the consumer group.
 */
public final class StreamsRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StreamsRunner.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final KafkaStreams streams;
    private final AtomicInteger threadFailures = new AtomicInteger();

    public StreamsRunner(String name, Topology topology, Properties props) {
        this.name = name;
        this.streams = new KafkaStreams(topology, props);
        ThreadRestartPolicy restarts = ThreadRestartPolicy.standard();
        streams.setUncaughtExceptionHandler(e -> {
            threadFailures.incrementAndGet();
            StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse response = restarts.onFailure();
            if (response == StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD) {
                log.error("{}: stream thread failed; replacing it", name, e);
            } else {
                log.error("{}: stream threads keep failing; stopping this stage (state ERROR)", name, e);
            }
            return response;
        });
        streams.setStateListener((now, before) -> log.info("{}: {} -> {}", name, before, now));
    }

    public StreamsRunner start() {
        streams.start();
        return this;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public String name() {
        return name;
    }

    /** Stream threads that died of an uncaught error since start (each replaced, or the stage stopped). */
    public int threadFailures() {
        return threadFailures.get();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        // Leave the group on a graceful stop: the remaining instances take over this one's
        // partitions at once instead of after the session timeout.
        CloseOptions options = CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP);
        if (!streams.close(options)) {
            log.warn("{}: did not close within {}s", name, CLOSE_TIMEOUT.toSeconds());
        }
    }
}
