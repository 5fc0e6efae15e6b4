package io.litstream.ingest;

import io.litstream.ingest.directory.DirectorySource;
import io.litstream.ingest.publish.IngestMetrics;
import io.litstream.ingest.publish.KafkaArticleSink;
import io.litstream.ingest.read.ArticleReader;
import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage as one object: directory sources feeding a Kafka publisher. {@link #close()}
 * stops the sources first (no new reads), then flushes and closes the producer, so nothing read
 * is lost on a graceful shutdown.
 */
public final class IngestService implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final List<DirectorySource> sources;
    private final AutoCloseable sink;
    private final Supplier<IngestMetrics> metrics;

    private IngestService(List<DirectorySource> sources, AutoCloseable sink, Supplier<IngestMetrics> metrics) {
        this.sources = List.copyOf(sources);
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
        validate(directories);
        KafkaArticleSink kafka = new KafkaArticleSink(producerConfig);
        return start(kafka, kafka, kafka::metrics, directories, options);
    }

    /** Starts the sources into any sink; the service closes {@code closeable} after the sources. */
    static IngestService start(ArticleSink sink, AutoCloseable closeable, Supplier<IngestMetrics> metrics,
                               List<Path> directories, IngestOptions options) {
        validate(directories);
        ArticleReader reader = new ArticleReader(options.maxBytes(), Clock.systemUTC());
        List<DirectorySource> sources = new ArrayList<>();
        try {
            for (Path dir : directories) {
                DirectorySource source = new DirectorySource(dir, reader, sink, options.watch());
                sources.add(source);
                source.start();
            }
        } catch (RuntimeException e) {
            // Do not leave half a service running: stop what started, close the publisher.
            new IngestService(sources, closeable, metrics).close();
            throw e;
        }
        LOG.info("ingesting {}", directories);
        return new IngestService(sources, closeable, metrics);
    }

    /** Counters of the publisher: published, skipped as unchanged, rejected per reason, failed. */
    public IngestMetrics metrics() {
        return metrics.get();
    }

    /** Stops every source, then flushes and closes the publisher. */
    @Override
    public void close() {
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
