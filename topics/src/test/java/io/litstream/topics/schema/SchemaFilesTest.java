package io.litstream.topics.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litstream.topics.schema.TopicSchemas.TopicSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaFilesTest {
    private static final Pattern VERSIONED_NAME = Pattern.compile("[a-z][a-z-]*\\.v(\\d+)\\.schema\\.json");

    static Stream<TopicSchema> schemas() {
        return TopicSchemas.all().stream();
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void everySchemaParsesAndDeclaresDialectIdTitleAndObjectType(TopicSchema topic) {
        JsonNode schema = Schemas.load(topic.schemaResource());

        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText(), "$schema");
        assertFalse(schema.path("title").asText().isBlank(), "title");
        assertFalse(schema.path("description").asText().isBlank(), "description");
        assertEquals("object", schema.path("type").asText(), "type");
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void idAndFileNameCarryTheVersionOfTheTopicEntry(TopicSchema topic) {
        JsonNode schema = Schemas.load(topic.schemaResource());
        String file = Schemas.fileName(topic.schemaResource());
        Matcher name = VERSIONED_NAME.matcher(file);

        assertTrue(name.matches(), file + " is not named <name>.v<N>.schema.json");
        assertEquals(topic.version(), Integer.parseInt(name.group(1)), "version in the file name of " + file);
        assertEquals("https://litstream.io/schemas/" + file, schema.path("$id").asText(), "$id of " + file);
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void everySchemaIsAValidDraft2020_12Schema(TopicSchema topic) {
        List<String> errors = Validators.metaSchemaErrors(Schemas.load(topic.schemaResource()));

        assertTrue(errors.isEmpty(), topic.schemaResource() + " against the meta-schema: " + errors);
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void everyPropertyHasATypeAndADescriptionAndEveryObjectToleratesUnknownProperties(TopicSchema topic) {
        JsonNode root = Schemas.load(topic.schemaResource());
        List<String> problems = new ArrayList<>();
        collectProblems(root, root, "$", problems);

        assertTrue(problems.isEmpty(), topic.schemaResource() + ": " + problems);
    }

    @Test
    void theVersioningRulesArePackagedBesideTheSchemas() {
        String readme = TopicSchemas.load(TopicSchemas.BASE + "README.md");

        assertTrue(readme.contains("v2"), "README states when a v2 is needed");
        assertTrue(readme.contains("tombstone"), "README explains null values");
    }

    private static void collectProblems(JsonNode root, JsonNode node, String path, List<String> problems) {
        JsonNode schema = Schemas.resolve(root, node);
        if (schema.has("properties")) {
            if (!schema.path("additionalProperties").asBoolean(false)) {
                problems.add(path + " lacks additionalProperties: true");
            }
            for (Map.Entry<String, JsonNode> p : schema.get("properties").properties()) {
                JsonNode property = Schemas.resolve(root, p.getValue());
                String at = path + "." + p.getKey();
                if (Schemas.types(property).isEmpty()) {
                    problems.add(at + " has no type");
                }
                if (!p.getValue().has("description")) {
                    problems.add(at + " has no description");
                }
                collectProblems(root, p.getValue(), at, problems);
            }
        }
        if (schema.has("items")) {
            assertNotNull(Schemas.resolve(root, schema.get("items")).get("type"), path + "[] has no type");
            collectProblems(root, schema.get("items"), path + "[]", problems);
        }
    }
}
