package io.litstream.ingest;

import io.litstream.ingest.directory.DirectorySource;
import io.litstream.ingest.language.EnglishOnlySink;
import io.litstream.ingest.publish.ArticleSink;
import io.litstream.ingest.publish.IngestMetrics;
import io.litstream.ingest.publish.KafkaArticleSink;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.source.InMemorySourceState;
import io.litstream.ingest.source.ScheduledSource;
import io.litstream.ingest.source.SourceCounters;
import io.litstream.ingest.state.KafkaStateStore;
import io.litstream.ingest.state.SourceState;
import io.litstream.topics.TopicSettings;
import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage as one object: directory sources and network sources (feeds, sitemaps, URL
 * lists, PubMed; see {@link io.litstream.ingest.SourcesConfig}) feeding a Kafka publisher.
 * Each source runs on its own thread, so one that fails or stalls holds up no other.
 * {@link #close()} stops the sources first (no new reads), then flushes and closes the producer,
 * so nothing read is lost on a graceful shutdown.
 */
public final class IngestService implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final List<DirectorySource> sources;
    private final List<ScheduledSource> networkSources;
    private final SourceCounters sourceCounters;
    private final AutoCloseable sink;
    private final Supplier<IngestMetrics> metrics;

    private IngestService(List<DirectorySource> sources, List<ScheduledSource> networkSources, SourceCounters sourceCounters,
                          AutoCloseable sink, Supplier<IngestMetrics> metrics) {
        this.sources = List.copyOf(sources);
        this.networkSources = List.copyOf(networkSources);
        this.sourceCounters = sourceCounters;
        this.sink = sink;
        this.metrics = metrics;
    }

    /** Starts ingesting {@code directories} into Kafka with default options. */
    public static IngestService start(Map<String, ?> producerConfig, List<Path> directories) {
        return start(producerConfig, directories, IngestOptions.defaults());
    }

    /**
     * Starts ingesting {@code directories} into Kafka.
     *
     * @param producerConfig {@code bootstrap.servers} and any security or tuning settings
     * @param directories    folders to read and watch; each must exist
     * @throws IllegalArgumentException when a directory does not exist
     */
    public static IngestService start(Map<String, ?> producerConfig, List<Path> directories, IngestOptions options) {
        return start(producerConfig, directories, options, new InMemorySourceState());
    }

    /**
     * Starts ingesting {@code directories} and the network sources of {@code options} into Kafka.
     *
     * @param state where network sources keep what they have seen (feed validators, pages, PMIDs);
     *              back it with a compacted topic so that a restart publishes nothing twice
     */
    public static IngestService start(Map<String, ?> producerConfig, List<Path> directories, IngestOptions options,
                                      SourceState state) {
        validate(directories);
        KafkaArticleSink kafka = new KafkaArticleSink(producerConfig);
        return start(kafka, kafka, kafka::metrics, directories, options, state);
    }

    /**
     * Starts ingest with its memory in Kafka: what was published (content hashes, fingerprints,
     * duplicate links) and what every source has seen (feed validators and entries, pages, PMIDs)
     * live in the compacted topic {@value KafkaStateStore#DEFAULT_TOPIC}, read back at start, so a
     * restarted or moved ingester publishes nothing twice.
     *
     * @param topics replication settings for the state topic
     */
    public static IngestService startDurable(Map<String, ?> clientConfig, List<Path> directories, IngestOptions options,
                                             TopicSettings topics) {
        validate(directories);
        KafkaStateStore state = KafkaStateStore.open(clientConfig, KafkaStateStore.DEFAULT_TOPIC, topics,
                Duration.ofSeconds(60));
        KafkaArticleSink kafka;
        try {
            kafka = new KafkaArticleSink(clientConfig, state);
        } catch (RuntimeException e) {
            state.close();
            throw e;
        }
        return start(kafka, kafka, kafka::metrics, directories, options, state);
    }

    /** Starts the sources into any sink; the service closes {@code closeable} after the sources. */
    static IngestService start(ArticleSink sink, AutoCloseable closeable, Supplier<IngestMetrics> metrics,
                               List<Path> directories, IngestOptions options) {
        return start(sink, closeable, metrics, directories, options, new InMemorySourceState());
    }

    static IngestService start(ArticleSink publisher, AutoCloseable closeable, Supplier<IngestMetrics> metrics,
                               List<Path> directories, IngestOptions options, SourceState state) {
        validate(directories);
        ArticleSink sink = new EnglishOnlySink(publisher);
        ArticleReader reader = new ArticleReader(options.maxBytes(), Clock.systemUTC());
        List<DirectorySource> sources = new ArrayList<>();
        List<ScheduledSource> networkSources = new ArrayList<>();
        SourceCounters counters = new SourceCounters();
        try {
            for (Path dir : directories) {
                DirectorySource source = new DirectorySource(dir, reader, sink, options.watch());
                sources.add(source);
                source.start();
            }
            networkSources.addAll(NetworkSources.create(options.sources(), reader, sink, state, counters, Clock.systemUTC()));
            for (ScheduledSource source : networkSources) {
                source.start();
            }
        } catch (RuntimeException e) {
            // Do not leave half a service running: stop what started, close the publisher.
            new IngestService(sources, networkSources, counters, closeable, metrics).close();
            throw e;
        }
        LOG.info("ingesting {}{}", directories, networkSources.isEmpty() ? ""
                : " and " + networkSources.stream().map(ScheduledSource::name).toList());
        return new IngestService(sources, networkSources, counters, closeable, metrics);
    }

    /** Counters of the publisher: published, skipped as unchanged, rejected per reason, failed. */
    public IngestMetrics metrics() {
        return metrics.get();
    }

    /**
     * Counters of the network sources: {@code fetched}, {@code articles}, {@code not_modified},
     * {@code skipped_seen}, {@code failed.<kind>}, {@code rejected.<reason>}, {@code polls}, {@code poll_errors}.
     */
    public Map<String, Long> sourceCounters() {
        return sourceCounters.snapshot();
    }

    /** Stops every source, then flushes and closes the publisher. */
    @Override
    public void close() {
        networkSources.forEach(ScheduledSource::stop); // all at once: none waits for another to finish its poll
        for (ScheduledSource source : networkSources) {
            try {
                source.close();
            } catch (RuntimeException e) {
                LOG.warn("error stopping {}", source.name(), e);
            }
        }
        for (DirectorySource source : sources) {
            try {
                source.close();
            } catch (RuntimeException e) {
                LOG.warn("error stopping {}", source.directory(), e);
            }
        }
        try {
            sink.close();
        } catch (Exception e) {
            LOG.warn("error closing the publisher", e);
        }
    }

    private static void validate(List<Path> directories) {
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("not a directory: " + dir);
            }
        }
    }
}
