package io.litstream.topics.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litstream.topics.schema.TopicSchemas.TopicSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A published schema version is a promise: {@code src/test/resources/schema-snapshots/<name>.vN.json}
 * is a copy of {@code <name>.vN.schema.json} as published, and the current file may only add
 * optional properties to it. Anything else needs a new version.
 */
class SchemaCompatibilityTest {
    private static final String SNAPSHOTS = "/schema-snapshots";

    static Stream<Path> snapshots() {
        try (Stream<Path> files = Files.list(snapshotDir())) {
            return files.filter(p -> p.getFileName().toString().matches(".+\\.v\\d+\\.json")).sorted()
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snapshots")
    void aPublishedSchemaVersionOnlyEverGainsOptionalProperties(Path snapshot) throws IOException {
        String snapshotName = snapshot.getFileName().toString();
        String schemaFile = snapshotName.replaceFirst("\\.json$", ".schema.json");
        String resource = TopicSchemas.BASE + schemaFile;
        if (TopicSchemas.class.getResource(resource) == null) {
            fail(schemaFile + " was published (see schema-snapshots/" + snapshotName + ") but is gone: keep published"
                    + " schema versions while data written with them may still be read");
        }

        List<String> breaking = SchemaCompatibility.breakingChanges(
                Schemas.parse(Files.readString(snapshot)), Schemas.load(resource));

        if (!breaking.isEmpty()) {
            String next = schemaFile.replaceFirst("\\.v(\\d+)\\.", ".v" + (version(schemaFile) + 1) + ".");
            fail(schemaFile + " is no longer compatible with its published snapshot schema-snapshots/" + snapshotName
                    + ":\n  - " + String.join("\n  - ", breaking)
                    + "\nDo not change a published version this way: bump to v" + (version(schemaFile) + 1)
                    + " instead (add " + next + " and its snapshot, point TopicSchemas at it, keep "
                    + schemaFile + "). Adding an optional property is the only change that stays in v"
                    + version(schemaFile) + ". See io/litstream/topics/schemas/README.md.");
        }
    }

    @Test
    void everyCurrentSchemaHasAPublishedSnapshot() {
        Set<String> snapshotted = snapshots().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        for (TopicSchema s : TopicSchemas.all()) {
            String expected = Schemas.fileName(s.schemaResource()).replaceFirst("\\.schema\\.json$", ".json");
            assertTrue(snapshotted.contains(expected), "check in a copy of " + s.schemaResource()
                    + " as src/test/resources/schema-snapshots/" + expected + " so that it cannot break silently");
        }
    }

    // --- what the guard accepts and rejects ---------------------------------------------------

    @Test
    void addingAnOptionalPropertyOrRewordingIsCompatible() {
        ObjectNode current = current();
        ((ObjectNode) current.get("properties")).putObject("journal").put("type", "string");
        ((ObjectNode) current.at("/$defs/Claim/properties")).putObject("confidence").put("type", "number");
        ((ObjectNode) current.at("/properties/title")).put("description", "reworded");

        assertEquals(List.of(), SchemaCompatibility.breakingChanges(published(), current));
    }

    @Test
    void removingAPropertyIsBreakingEvenInsideADefinition() {
        ObjectNode current = current();
        ((ObjectNode) current.get("properties")).remove("url");
        ((ObjectNode) current.at("/$defs/Claim/properties")).remove("sentence");

        assertEquals(List.of("property $.url was removed", "property $.claims[].sentence was removed"),
                SchemaCompatibility.breakingChanges(published(), current));
    }

    @Test
    void changingATypeOrFormatIsBreaking() {
        ObjectNode current = current();
        ((ObjectNode) current.at("/properties/year")).put("type", "string");
        ((ObjectNode) current.at("/properties/sentenceCount")).putArray("type").add("integer").add("null");
        ((ObjectNode) current.at("/properties/extractedAt")).remove("format");

        List<String> breaking = SchemaCompatibility.breakingChanges(published(), current);

        assertEquals(3, breaking.size(), breaking.toString());
        assertTrue(breaking.get(0).startsWith("property $.year changed type"), breaking.toString());
        assertTrue(breaking.get(1).startsWith("property $.extractedAt changed format"), breaking.toString());
        assertTrue(breaking.get(2).startsWith("property $.sentenceCount changed type"), breaking.toString());
    }

    @Test
    void requiringAPropertyOrNoLongerRequiringOneIsBreaking() {
        ObjectNode current = current();
        ArrayNode required = (ArrayNode) current.get("required");
        required.add("title");
        ((ArrayNode) current.at("/$defs/FoundEntity/required")).removeAll().add("id");

        assertEquals(List.of("property $.title became required", "property $.therapies[].mentions is no longer required",
                        "property $.mechanisms[].mentions is no longer required"),
                SchemaCompatibility.breakingChanges(published(), current));
    }

    @Test
    void addingARequiredPropertyIsBreaking() {
        ObjectNode current = current();
        ((ObjectNode) current.get("properties")).putObject("language").put("type", "string");
        ((ArrayNode) current.get("required")).add("language");

        assertEquals(List.of("property $.language became required"),
                SchemaCompatibility.breakingChanges(published(), current));
    }

    @Test
    void changingTheEnumValuesIsBreakingBecauseOlderConsumersRejectUnknownConstants() {
        ObjectNode current = current();
        ((ArrayNode) current.at("/$defs/Claim/properties/type/enum")).add("ECONOMIC");

        List<String> breaking = SchemaCompatibility.breakingChanges(published(), current);

        assertEquals(1, breaking.size(), breaking.toString());
        assertTrue(breaking.get(0).startsWith("property $.claims[].type changed its enum"), breaking.toString());
    }

    private static ObjectNode published() {
        return (ObjectNode) Schemas.load(TopicSchemas.BASE + "article-extraction.v1.schema.json");
    }

    private static ObjectNode current() {
        return published().deepCopy();
    }

    private static int version(String schemaFile) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\.v(\\d+)\\.").matcher(schemaFile);
        assertTrue(m.find(), schemaFile);
        return Integer.parseInt(m.group(1));
    }

    private static Path snapshotDir() {
        try {
            var url = SchemaCompatibilityTest.class.getResource(SNAPSHOTS);
            assertFalse(url == null, "no " + SNAPSHOTS + " on the test classpath");
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
