package io.litstream.topics.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.topics.TopicSettings;
import io.litstream.topics.TopicSpec;
import io.litstream.topics.Topics;
import io.litstream.topics.schema.TopicSchemas.Subject;
import io.litstream.topics.schema.TopicSchemas.TopicSchema;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopicSchemasTest {

    @Test
    void everyTopicHasExactlyOneSchemaEntry() throws IllegalAccessException {
        Set<String> topics = new TreeSet<>();
        for (Field f : Topics.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                topics.add((String) f.get(null));
            }
        }
        Topics.all(TopicSettings.singleBroker(1)).stream().map(TopicSpec::name).forEach(topics::add);

        Set<String> mapped = TopicSchemas.all().stream().map(TopicSchema::topic)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(topics, mapped, "TopicSchemas must map every topic in Topics, and nothing else");
        assertEquals(mapped.size(), TopicSchemas.all().size(), "one entry per topic");
    }

    @Test
    void theDeadLetterEntryDescribesHeadersAndTheOthersDescribeValues() {
        for (TopicSchema s : TopicSchemas.all()) {
            Subject expected = s.topic().equals(Topics.DEAD_LETTERS) ? Subject.HEADERS : Subject.VALUE;
            assertEquals(expected, s.subject(), s.topic());
            assertFalse(s.keyDescription().isBlank(), "key described for " + s.topic());
        }
    }

    @Test
    void loadReturnsTheSchemaTextOfEachEntry() {
        for (TopicSchema s : TopicSchemas.all()) {
            String text = TopicSchemas.load(s);
            assertTrue(text.contains("\"$id\""), s.schemaResource());
        }
        assertEquals(TopicSchemas.of(Topics.RAW_ARTICLES).orElseThrow().schemaResource(),
                TopicSchemas.BASE + "raw-article.v1.schema.json");
    }

    @Test
    void unknownTopicsAndResourcesAreReportedNotGuessed() {
        assertTrue(TopicSchemas.of("no.such.topic").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TopicSchemas.load(TopicSchemas.BASE + "missing.v1.schema.json"));
        assertTrue(e.getMessage().contains("missing.v1.schema.json"));
    }

    @Test
    void topicListIsImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> TopicSchemas.all().add(TopicSchemas.all().get(0)));
    }
}
