package io.litstream.topics.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/** Test helpers over the schema files: parsing, local {@code $ref} resolution, the {@code type} keyword. */
final class Schemas {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Schemas() {
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema file behind a classpath resource, parsed. */
    static JsonNode load(String resource) {
        return parse(TopicSchemas.load(resource));
    }

    /** The file name of a resource path. */
    static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** Follows a local {@code $ref} ({@code #/$defs/X}) to the schema it names; other nodes unchanged. */
    static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String pointer = ref.asText();
        if (!pointer.startsWith("#")) {
            throw new IllegalArgumentException("only local $refs are supported, got " + pointer);
        }
        JsonNode target = root.at(pointer.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("unresolvable $ref " + pointer);
        }
        return resolve(root, target);
    }

    /** The JSON types a schema allows ({@code type} as a string or an array); empty when it says none. */
    static Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.get("type");
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types;
    }

    /** The names in a schema's {@code required}. */
    static Set<String> required(JsonNode schema) {
        Set<String> names = new LinkedHashSet<>();
        schema.path("required").forEach(n -> names.add(n.asText()));
        return names;
    }
}
