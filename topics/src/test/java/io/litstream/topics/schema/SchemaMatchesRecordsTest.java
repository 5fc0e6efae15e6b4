package io.litstream.topics.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litstream.topics.Topics;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.deadletter.DeadLetterHeaders;
import io.litstream.topics.deadletter.DeadLetterReason;
import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.serde.JsonSerde;
import io.litstream.topics.serde.LitstreamSerdes;
import io.litstream.topics.summary.TherapySummary;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaMatchesRecordsTest {

    /** topic, record type, serde, fully populated sample, sample with only what the type guarantees. */
    static Stream<Arguments> valueTopics() {
        return Stream.of(
                Arguments.of(Topics.RAW_ARTICLES, RawArticle.class, LitstreamSerdes.rawArticle(),
                        Samples.fullRawArticle(), Samples.minimalRawArticle()),
                Arguments.of(Topics.EXTRACTIONS, ArticleExtraction.class, LitstreamSerdes.extraction(),
                        Samples.fullExtraction(), Samples.minimalExtraction()),
                Arguments.of(Topics.SUMMARIES, TherapySummary.class, LitstreamSerdes.summary(),
                        Samples.fullSummary(), Samples.minimalSummary()),
                Arguments.of(Topics.THERAPY_EVENTS, TherapyEvent.class, LitstreamSerdes.event(),
                        Samples.fullEvent(), Samples.minimalEvent()));
    }

    @Test
    void everyValueTopicIsCoveredHere() {
        Set<String> covered = valueTopics().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        Set<String> valueTopics = TopicSchemas.all().stream()
                .filter(s -> s.subject() == TopicSchemas.Subject.VALUE).map(TopicSchemas.TopicSchema::topic)
                .collect(Collectors.toSet());
        assertEquals(valueTopics, covered);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueTopics")
    <T> void aFullyPopulatedRecordAsTheSerdeWritesItMatchesItsSchema(String topic, Class<T> type, JsonSerde<T> serde,
                                                                    T full, T minimal) {
        String schemaText = schemaText(topic);
        JsonNode schema = Schemas.parse(schemaText);
        JsonNode json = written(serde, full);

        assertEquals(List.of(), InstanceCheck.problems(schema, json), "strict check of " + json);
        assertEquals(List.of(), Validators.errors(schemaText, json), "draft 2020-12 validation of " + json);
        assertEquals(List.of(), declaredButNotWritten(schema, schema, json, "$"),
                "the full sample should exercise every declared property");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueTopics")
    <T> void aRecordWithOnlyTheGuaranteedFieldsStillHasEveryRequiredProperty(String topic, Class<T> type,
                                                                           JsonSerde<T> serde, T full, T minimal) {
        String schemaText = schemaText(topic);
        JsonNode json = written(serde, minimal);

        assertEquals(List.of(), InstanceCheck.problems(Schemas.parse(schemaText), json), "strict check of " + json);
        assertEquals(List.of(), Validators.errors(schemaText, json), "draft 2020-12 validation of " + json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueTopics")
    <T> void schemaPropertiesAndRecordComponentsMatchBothWays(String topic, Class<T> type) {
        List<String> problems = RecordDrift.problems(type, Schemas.parse(schemaText(topic)));

        assertEquals(List.of(), problems, "schema of " + topic + " and " + type.getSimpleName() + " drifted apart");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueTopics")
    <T> void consumersReadRecordsWithPropertiesTheSchemaDoesNotDeclare(String topic, Class<T> type,
                                                                       JsonSerde<T> serde, T full) {
        ObjectNode json = (ObjectNode) written(serde, full);
        json.put("addedInAFutureVersion", "x");
        json.putObject("anotherNewObject").put("n", 1);

        T read = serde.fromBytes(json.toString().getBytes(StandardCharsets.UTF_8));

        assertEquals(full, read, "additionalProperties: true is only honest if the serde ignores unknown fields");
    }

    @Test
    void deadLetterHeadersAsWrittenMatchTheirSchema() {
        String schemaText = schemaText(Topics.DEAD_LETTERS);
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            for (boolean truncated : new boolean[] {false, true}) {
                JsonNode headers = asJson(DeadLetterHeaders.of(reason, truncated ? null : "detail", "ingest",
                        truncated ? null : "/in/x.bin", truncated));

                assertEquals(List.of(), InstanceCheck.problems(Schemas.parse(schemaText), headers), headers.toString());
                assertEquals(List.of(), Validators.errors(schemaText, headers), headers.toString());
            }
        }
    }

    @Test
    void deadLetterSchemaDeclaresExactlyTheHeaderNamesAndReasonsInTheCode() throws IllegalAccessException {
        JsonNode schema = Schemas.parse(schemaText(Topics.DEAD_LETTERS));
        Set<String> names = new TreeSet<>();
        for (Field f : DeadLetterHeaders.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                names.add((String) f.get(null));
            }
        }
        Set<String> declared = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(declared::add);
        Set<String> reasons = new TreeSet<>();
        schema.at("/properties/" + DeadLetterHeaders.REASON.replace("/", "~1") + "/enum")
                .forEach(v -> reasons.add(v.asText()));

        assertEquals(names, declared, "header names");
        assertEquals(names, Schemas.required(schema), "DeadLetterHeaders.of always writes every header");
        assertEquals(Arrays.stream(DeadLetterReason.values()).map(Enum::name).collect(Collectors.toSet()), reasons);
        assertTrue(schema.path("description").asText().contains(Integer.toString(DeadLetterHeaders.MAX_PAYLOAD_BYTES)),
                "the description states the payload limit");
    }

    // --- the checkers are not vacuous ---------------------------------------------------------

    @Test
    void strictCheckReportsUndeclaredFieldsWrongTypesMissingRequiredAndForeignEnumValues() {
        JsonNode schema = Schemas.parse(schemaText(Topics.EXTRACTIONS));
        ObjectNode json = (ObjectNode) written(LitstreamSerdes.extraction(), Samples.fullExtraction());
        json.put("notInTheSchema", true);
        json.put("year", "2024");
        json.remove("articleId");
        ((ObjectNode) json.get("claims").get(0)).put("polarity", "MAYBE");

        String problems = String.join("\n", InstanceCheck.problems(schema, json));

        assertTrue(problems.contains("$.notInTheSchema"), problems);
        assertTrue(problems.contains("$.year: string"), problems);
        assertTrue(problems.contains("'articleId' is missing"), problems);
        assertTrue(problems.contains("$.claims[0].polarity"), problems);
    }

    @Test
    void theValidatorRejectsWrongTypesMissingRequiredForeignEnumValuesAndBadInstants() {
        String schemaText = schemaText(Topics.SUMMARIES);
        ObjectNode json = (ObjectNode) written(LitstreamSerdes.summary(), Samples.fullSummary());
        json.put("articleCount", "two");
        json.remove("latestClaims");
        ((ObjectNode) json.get("claimsByType")).put("ECONOMIC", 1);
        json.put("lastSeen", "yesterday");

        String errors = String.join("\n", Validators.errors(schemaText, json));

        assertTrue(errors.contains("/articleCount"), errors);
        assertTrue(errors.contains("latestClaims"), errors);
        assertTrue(errors.contains("ECONOMIC"), errors);
        assertTrue(errors.contains("/lastSeen"), errors);
    }

    @Test
    void theMetaSchemaCheckRejectsAMalformedSchema() {
        ObjectNode schema = (ObjectNode) Schemas.parse(schemaText(Topics.RAW_ARTICLES));
        ((ObjectNode) schema.at("/properties/year")).put("type", "int");
        schema.put("required", "id");

        String errors = String.join("\n", Validators.metaSchemaErrors(schema));

        assertTrue(errors.contains("/properties/year/type"), errors);
        assertTrue(errors.contains("/required"), errors);
    }

    @Test
    void driftCheckReportsAPropertyMissingFromTheSchemaAndOneMissingFromTheRecord() {
        ObjectNode schema = (ObjectNode) Schemas.parse(schemaText(Topics.SUMMARIES));
        ObjectNode claimProvenance = (ObjectNode) schema.at("/$defs/ClaimProvenance/properties");
        claimProvenance.remove("sentence");
        ((ObjectNode) schema.get("properties")).putObject("ghost").put("type", "string");
        ((ObjectNode) schema.at("/properties/claimsByType/propertyNames")).putArray("enum").add("EFFICACY");

        String problems = String.join("\n", RecordDrift.problems(TherapySummary.class, schema));

        assertTrue(problems.contains("latestClaims[].sentence: record component"), problems);
        assertTrue(problems.contains("ghost: declared in the schema"), problems);
        assertTrue(problems.contains("claimsByType{keys}"), problems);
    }

    private static String schemaText(String topic) {
        return TopicSchemas.load(TopicSchemas.of(topic).orElseThrow());
    }

    private static <T> JsonNode written(JsonSerde<T> serde, T value) {
        return Schemas.parse(new String(serde.toBytes(value), StandardCharsets.UTF_8));
    }

    private static JsonNode asJson(Headers headers) {
        ObjectNode json = Schemas.MAPPER.createObjectNode();
        for (Header h : headers) {
            json.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        return json;
    }

    /** Declared properties the sample does not write (through nested objects and list items). */
    private static List<String> declaredButNotWritten(JsonNode root, JsonNode node, JsonNode json, String path) {
        List<String> missing = new ArrayList<>();
        JsonNode schema = Schemas.resolve(root, node);
        if (json.isObject()) {
            for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                if (!json.has(p.getKey())) {
                    missing.add(path + "." + p.getKey());
                } else {
                    missing.addAll(declaredButNotWritten(root, p.getValue(), json.get(p.getKey()), path + "." + p.getKey()));
                }
            }
        } else if (json.isArray() && schema.has("items")) {
            if (json.isEmpty()) {
                missing.add(path + "[]");
            }
            // A property counts as exercised when any item writes it (a heading's level, not every block's).
            List<String> unwrittenByAll = null;
            for (JsonNode item : json) {
                List<String> unwritten = declaredButNotWritten(root, schema.get("items"), item, path + "[]");
                if (unwrittenByAll == null) {
                    unwrittenByAll = new ArrayList<>(unwritten);
                } else {
                    unwrittenByAll.retainAll(unwritten);
                }
            }
            if (unwrittenByAll != null) {
                missing.addAll(new java.util.LinkedHashSet<>(unwrittenByAll));
            }
        }
        return missing;
    }
}
