package io.litstream.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.topics.schema.TopicSchemas;
import io.litstream.topics.summary.TherapySummary;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class PipelineTopicsTest {
    private static final TopicSettings THREE_BROKERS = new TopicSettings(12, (short) 3, 2);

    @Test
    void everyTopicIsProvisionedAsTheContractSays() {
        Map<String, String> durable = Map.of("min.insync.replicas", "2");
        Map<String, String> compacted = Map.of("min.insync.replicas", "2", "cleanup.policy", "compact");
        assertEquals(List.of(
                new TopicSpec(Topics.RAW_ARTICLES, 12, (short) 3, compacted),
                new TopicSpec(Topics.EXTRACTIONS, 12, (short) 3, compacted),
                new TopicSpec(Topics.SUMMARIES, 12, (short) 3, compacted),
                new TopicSpec(Topics.THERAPY_EVENTS, 12, (short) 3, durable),
                new TopicSpec(Topics.DEAD_LETTERS, 1, (short) 3, durable)), Topics.all(THREE_BROKERS));
    }

    @Test
    void eachTopicsSchemaVersionIsTheOneItsSchemaFileCarries() {
        for (Topic<?, ?> topic : PipelineTopics.all()) {
            TopicSchemas.TopicSchema schema = TopicSchemas.of(topic.name()).orElseThrow();
            assertEquals(topic.schemaVersion(), schema.version(), topic.name());
            // The file exists and is named for the version.
            TopicSchemas.load(schema);
            assertTrue(schema.schemaResource().endsWith(".v" + topic.schemaVersion() + ".schema.json"), schema.schemaResource());
        }
        assertEquals(PipelineTopics.all().size(), TopicSchemas.all().size());
    }

    @Test
    void aTopicsSerdesReadBackWhatTheyWroteAndAreNewAtEachCall() {
        Topic<String, TherapySummary> topic = PipelineTopics.SUMMARIES;
        Serde<String> keys = topic.keySerde();
        assertEquals("ketamine", keys.deserializer().deserialize(topic.name(), keys.serializer().serialize(topic.name(), "ketamine")));
        Serde<TherapySummary> values = topic.valueSerde();
        assertNull(values.deserializer().deserialize(topic.name(), values.serializer().serialize(topic.name(), null)),
                "a tombstone stays a tombstone");
        assertNotSame(values, topic.valueSerde());
        assertEquals(Topics.SUMMARIES, topic.name());
    }
}
