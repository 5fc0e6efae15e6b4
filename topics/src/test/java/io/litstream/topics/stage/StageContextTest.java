package io.litstream.topics.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.litstream.topics.TopicSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StageContextTest {
    private static final Path WORK = Path.of("/var/lib/litstream");

    @Test
    void eachStageKeepsItsStateInAFolderOfItsOwnUnderTheWorkDir() {
        StageContext context = new StageContext(Map.of(), TopicSettings.singleBroker(1), WORK);

        assertEquals(WORK.resolve("state/extract"), context.stateDir("extract"));
        assertNotEquals(context.stateDir("extract"), context.stateDir("aggregate"));
    }

    @Test
    void aStreamsStagesBaseIsTheClientSettingsWithTheGlobalProcessingHandlerOptedIn() {
        StageContext context = new StageContext(Map.of("bootstrap.servers", "broker:9092"), TopicSettings.singleBroker(1), WORK);

        Properties base = context.streamsProperties();

        assertEquals("broker:9092", base.get("bootstrap.servers"));
        assertEquals(true, base.get(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG));
        assertFalse(context.clientProperties().containsKey(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG),
                "the client settings are left alone");
    }

    @Test
    void theClientSettingsAreACopyTheCallerCannotChangeLater() {
        Map<String, Object> client = new HashMap<>(Map.of("bootstrap.servers", "broker:9092"));
        StageContext context = new StageContext(client, TopicSettings.singleBroker(1), WORK);

        client.put("bootstrap.servers", "elsewhere:9092");

        assertEquals("broker:9092", context.clientProperties().get("bootstrap.servers"));
    }

    @Test
    void needsTopicSettingsAndAWorkDir() {
        assertThrows(IllegalArgumentException.class, () -> new StageContext(Map.of(), null, WORK));
        assertThrows(IllegalArgumentException.class, () -> new StageContext(Map.of(), TopicSettings.singleBroker(1), null));
    }
}
