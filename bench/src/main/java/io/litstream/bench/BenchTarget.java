package io.litstream.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster and the pipeline the bench measures, handed to it by whoever wires the stages (the
 * launcher): the bench must measure the product's own pipeline — its stages with the ops server,
 * dashboard and metrics around them — without depending on the module that builds it.
 */
public interface BenchTarget extends AutoCloseable {

    String bootstrapServers();

    /** The Kafka client settings the stages use, for the bench's own producer, consumer and admin. */
    Map<String, Object> clientProperties();

    /** CPU time of the broker's process so far; empty when the cluster is not one this process started. */
    Optional<Duration> brokerCpuTime();

    /** Starts {@code stages} as the product would; the returned handle closes them. */
    RunningStages start(StagesUnderTest stages);

    /** Stops the broker when this target started one. */
    @Override
    void close();

    /** Stages the bench started: whether all are up, and a bounded close. */
    interface RunningStages extends AutoCloseable {
        boolean running();

        @Override
        void close();
    }
}
