package io.litstream.topics.stage;

import io.litstream.topics.TopicSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * What every stage gets from the process that runs it: how to reach the cluster, how big the
 * topics are, and where it may keep local files. What only one stage needs (threads, sources,
 * a threshold) is given to that stage when it is built, not here.
 *
 * @param clientProperties Kafka client settings (bootstrap servers, security, client tuning); not modified
 * @param topicSettings    partitions and replication of the topics a stage creates itself
 * @param workDir          the process's work folder; each stage keeps its state under it
 */
public record StageContext(Map<String, Object> clientProperties, TopicSettings topicSettings, Path workDir) {
    public StageContext {
        clientProperties = Map.copyOf(clientProperties);
        if (topicSettings == null || workDir == null) {
            throw new IllegalArgumentException("topic settings and a work folder are required");
        }
    }

    /** The stage's own state folder: one per stage, so two stages in one process never share a lock. */
    public Path stateDir(String stage) {
        return workDir.resolve("state").resolve(stage);
    }

    /** The base a Streams stage's config is laid over: the client settings and what every Streams stage opts in to. */
    public Properties streamsProperties() {
        Properties p = new Properties();
        p.putAll(clientProperties);
        // Kafka 5 turns this on by default; opting in now keeps behaviour stable across the upgrade.
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        return p;
    }
}
