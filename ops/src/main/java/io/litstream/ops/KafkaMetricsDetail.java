package io.litstream.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.Set;

/**
 * How much of the Kafka clients' own metrics {@code /metrics} carries ({@code ops.metrics.kafka}).
 *
 * <p>{@link #FULL} is everything Micrometer's binder finds: some 2,800 series and 640 KB per scrape
 * on one process, three quarters of it per state store, per task, per topic, per partition and per
 * broker connection, the same figures again at a finer grain. {@link #SUMMARY}, the default, keeps
 * what an operator reads: every Kafka Streams client- and thread-level metric (state, live threads,
 * process and commit rates and latencies), end-to-end latency per processor node (the dashboard's),
 * and each consumer's and producer's client-level totals that say whether data moves (lag, records
 * consumed and sent, errors, retries, rebalances).
 */
public enum KafkaMetricsDetail {
    SUMMARY,
    FULL;

    private static final Set<String> FINE_GRAINED_STREAMS = Set.of("kafka.stream.state.", "kafka.stream.task.",
            "kafka.stream.topic.");
    private static final Set<String> CLIENT_TOTALS = Set.of(
            "kafka.consumer.fetch.manager.records.lag.max",
            "kafka.consumer.fetch.manager.records.consumed.total",
            "kafka.consumer.fetch.manager.bytes.consumed.total",
            "kafka.consumer.coordinator.assigned.partitions",
            "kafka.consumer.coordinator.rebalance.total",
            "kafka.consumer.coordinator.failed.rebalance.total",
            "kafka.consumer.last.poll.seconds.ago",
            "kafka.producer.record.send.total",
            "kafka.producer.record.error.total",
            "kafka.producer.record.retry.total",
            "kafka.producer.request.latency.avg",
            "kafka.producer.request.latency.max");
    /** Tags that make a series one of many copies at a finer grain than the client. */
    private static final Set<String> FINE_GRAINED_TAGS = Set.of("partition", "topic", "node.id", "node-id",
            "task.id", "task-id");

    /** The filter that leaves only this detail's Kafka metrics; every other metric passes. */
    MeterFilter filter() {
        return new MeterFilter() {
            @Override
            public MeterFilterReply accept(Meter.Id id) {
                return KafkaMetricsDetail.this == FULL || keep(id) ? MeterFilterReply.NEUTRAL : MeterFilterReply.DENY;
            }
        };
    }

    private static boolean keep(Meter.Id id) {
        String name = id.getName();
        if (!name.startsWith("kafka.")) {
            return true;
        }
        if (name.startsWith("kafka.stream.")) {
            if (FINE_GRAINED_STREAMS.stream().anyMatch(name::startsWith)) {
                return false;
            }
            // Per processor node, only what the dashboard plots: where records spend their time.
            return !name.startsWith("kafka.stream.processor.node.") || name.contains(".record.e2e.latency.");
        }
        return CLIENT_TOTALS.contains(name) && id.getTags().stream().noneMatch(t -> FINE_GRAINED_TAGS.contains(t.getKey()));
    }
}
