package io.litstream.extract.stream;

import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Assembles the extract stage for a launcher: the topology with the real extractor and the
 * stage's configuration. Starting, stopping and topic provisioning stay with the caller.
 */
public final class ExtractApp {
    private ExtractApp() {
    }

    /**
     * A ready-to-start extract stage.
     *
     * @param base             deployment settings (bootstrap servers, security)
     * @param numStreamThreads extraction threads in this instance
     */
    public static KafkaStreams create(Properties base, int numStreamThreads) {
        return new KafkaStreams(ExtractTopology.build(), ExtractStreamsConfig.properties(base, numStreamThreads));
    }
}
