package io.litstream.ops;

import io.litstream.ingest.publish.IngestMetrics;
import io.litstream.topics.Topics;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.deadletter.DeadLetterReason;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The metrics of one litstream process in Prometheus form: JVM, every Kafka Streams client's own
 * metrics (consumer lag, process rates, commit latency …, through Micrometer's binder) and the
 * pipeline's counters (articles ingested, duplicates skipped, dead letters per reason).
 */
public final class PipelineMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry;
    private final List<AutoCloseable> binders = new ArrayList<>();
    /** Micrometer holds function-meter sources weakly: keep them reachable for as long as we are. */
    private final List<Object> sources = new ArrayList<>();

    private final Timer extractLatency;
    private final ArmCounters arms;

    /** The metrics with the Kafka clients' summarised ({@link KafkaMetricsDetail#SUMMARY}). */
    public PipelineMetrics() {
        this(KafkaMetricsDetail.SUMMARY);
    }

    public PipelineMetrics(KafkaMetricsDetail kafka) {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // Before any binder: a filter sees only the meters registered after it.
        registry.config().meterFilter(kafka.filter());
        extractLatency = Timer.builder("litstream_extract_latency")
                .description("time to extract one article (NLP, claims), per record")
                .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
                        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10))
                .register(registry);
        arms = ArmCounters.register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        binders.add(gc);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    /** Publishes a stream stage's Kafka Streams metrics, tagged with the stage name. */
    public void bindStreams(String stage, KafkaStreams streams) {
        KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(streams, List.of(io.micrometer.core.instrument.Tag.of("stage", stage)));
        metrics.bindTo(registry);
        binders.add(metrics);
    }

    /** The counters of trial arms by what becomes of them (see {@link TimedExtractor}). */
    public ArmCounters arms() {
        return arms;
    }

    /** The histogram of per-record extraction time (see {@link TimedExtractor}). */
    public Timer extractLatency() {
        return extractLatency;
    }

    /**
     * Counts the summaries a stream stage writes: its producers' {@code record-send-total} for
     * {@link Topics#SUMMARIES}, read at every scrape.
     */
    public void bindSummaryUpdates(KafkaStreams streams) {
        sources.add(streams);
        FunctionCounter.builder("litstream_summaries_updated", streams, PipelineMetrics::summariesSent)
                .description("therapy summaries written to " + Topics.SUMMARIES + " by this process")
                .register(registry);
    }

    static double summariesSent(KafkaStreams streams) {
        double sent = 0;
        for (var e : streams.metrics().entrySet()) {
            var name = e.getKey();
            if ("producer-topic-metrics".equals(name.group()) && "record-send-total".equals(name.name())
                    && Topics.SUMMARIES.equals(name.tags().get("topic"))) {
                Object value = e.getValue().metricValue();
                if (value instanceof Number n) {
                    sent += n.doubleValue();
                }
            }
        }
        return sent;
    }

    /**
     * Publishes what the dashboard samples from the cluster: each topic's message count, each
     * stream application's lag, and the dead letters on the topic per reason (all stages).
     */
    public void bindCluster(List<String> topics, ToDoubleFunction<String> messages, List<String> groups,
            ToDoubleFunction<String> lag, ToDoubleFunction<String> deadLettersByReason) {
        sources.add(messages);
        sources.add(lag);
        sources.add(deadLettersByReason);
        for (String topic : topics) {
            Gauge.builder("litstream_topic_messages", messages, m -> m.applyAsDouble(topic))
                    .description("messages written to the topic (end offsets summed over partitions)")
                    .tag("topic", topic)
                    .register(registry);
        }
        for (String group : groups) {
            Gauge.builder("litstream_consumer_group_lag", lag, l -> l.applyAsDouble(group))
                    .description("records the stream application has yet to read, over all its partitions")
                    .tag("group", group)
                    .register(registry);
        }
        List<String> reasons = new ArrayList<>();
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            reasons.add(reason.name());
        }
        reasons.add("UNKNOWN");
        for (String reason : reasons) {
            Gauge.builder("litstream_dead_letters_on_topic", deadLettersByReason, d -> d.applyAsDouble(reason))
                    .description("dead letters on " + Topics.DEAD_LETTERS + " by reason, from every stage")
                    .tag("reason", reason)
                    .register(registry);
        }
    }

    /** Publishes ingest's counters; {@code metrics} is read at every scrape. */
    public void bindIngest(Supplier<IngestMetrics> metrics) {
        sources.add(metrics);
        counter("litstream_ingest_articles_published", "articles published to the raw topic", metrics, IngestMetrics::published);
        counter("litstream_ingest_duplicates_skipped", "inputs whose content was already published", metrics,
                IngestMetrics::skippedUnchanged);
        counter("litstream_ingest_near_duplicates", "articles recognised as copies of one already published",
                metrics, IngestMetrics::duplicates);
        counter("litstream_ingest_publish_failures", "articles the producer could not publish", metrics, IngestMetrics::failed);
        for (RawArticle.SourceKind kind : RawArticle.SourceKind.values()) {
            FunctionCounter.builder("litstream_ingest_articles_by_source", metrics, m -> m.get().published(kind))
                    .description("articles published to the raw topic, by kind of source")
                    .tag("source", kind.name())
                    .register(registry);
        }
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            FunctionCounter.builder("litstream_dead_letters", metrics, m -> m.get().rejected(reason))
                    .description("inputs sent to the dead-letter topic")
                    .tag("stage", "ingest")
                    .tag("reason", reason.name())
                    .register(registry);
        }
    }

    /** Publishes the network sources' counters (fetched, not_modified, failed.&lt;kind&gt; …), read at every scrape. */
    public void bindSources(Supplier<java.util.Map<String, Long>> counters) {
        sources.add(counters);
        List<String> names = new ArrayList<>(List.of("polls", "poll_errors", "fetched", "articles", "not_modified",
                "skipped_seen", "sink_errors", "unchanged_broken", "failed.MALFORMED_FEED", "failed.MALFORMED_SITEMAP",
                "failed.URL_LIST_TOO_LARGE", "failed.URL_LIST_UNREADABLE"));
        for (var kind : io.litstream.ingest.fetch.FetchResult.FailureKind.values()) {
            names.add("failed." + kind.name());
        }
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            names.add("rejected." + reason.name());
        }
        for (String name : names) {
            FunctionCounter.builder("litstream_ingest_source_events", counters, c -> c.get().getOrDefault(name, 0L))
                    .description("network source events by kind")
                    .tag("event", name)
                    .register(registry);
        }
    }

    private void counter(String name, String description, Supplier<IngestMetrics> metrics,
            ToDoubleFunction<IngestMetrics> value) {
        FunctionCounter.builder(name, metrics, m -> value.applyAsDouble(m.get()))
                .description(description)
                .register(registry);
    }

    /** The Prometheus text exposition of every metric. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        for (AutoCloseable b : binders) {
            try {
                b.close();
            } catch (Exception ignored) {
                // Unbinding on shutdown: nothing useful to do with a failure.
            }
        }
        registry.close();
    }
}
