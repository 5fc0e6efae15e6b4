package io.litstream.ingest;

import io.litstream.ingest.publish.IngestMetrics;
import io.litstream.ingest.publish.ProducerSettings;
import io.litstream.topics.stage.Stage;
import io.litstream.topics.stage.StageContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The ingest stage: an {@link IngestService} with its memory in Kafka
 * ({@link IngestService#startDurable}), reading the given folders and network sources.
 */
public final class IngestStage implements Stage {
    /** The producers' client id (ingest is no Streams application; this is how the cluster knows it). */
    public static final String APPLICATION_ID = ProducerSettings.CLIENT_ID;
    public static final String NAME = "ingest";

    private final List<Path> directories;
    private final IngestOptions options;
    private IngestService service;

    public IngestStage(List<Path> directories, IngestOptions options) {
        this.directories = List.copyOf(directories);
        this.options = options;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String applicationId() {
        return APPLICATION_ID;
    }

    @Override
    public void start(StageContext context) {
        service = IngestService.startDurable(context.clientProperties(), directories, options, context.topicSettings());
    }

    /** Ingest has no state machine of its own: once started it runs until closed. */
    @Override
    public String state() {
        return service == null ? "NOT_STARTED" : "RUNNING";
    }

    /** What was read, published and dead-lettered; only once started. */
    public IngestMetrics metrics() {
        return service.metrics();
    }

    /** The network sources' counters ({@code polls}, {@code poll_errors}, {@code failed.<kind>} ...). */
    public Map<String, Long> sourceCounters() {
        return service == null ? Map.of() : service.sourceCounters();
    }

    @Override
    public void close() {
        if (service != null) {
            service.close();
        }
    }
}
