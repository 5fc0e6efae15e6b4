package io.litstream.topics.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a new edition of a published schema version breaks relative to its snapshot. Both are
 * flattened to one entry per property path ({@code claims[].type}, {@code mechanisms{}}),
 * following local {@code $ref}s, so moving a definition into {@code $defs} is not a change.
 *
 * <p>Breaking: a property removed; its type, format or enum values changed; a property newly
 * required, or no longer required. Allowed: a new optional property, any description.
 */
final class SchemaCompatibility {
    /** One property path of a schema. */
    record Shape(Set<String> types, String format, Set<String> enumValues, Set<String> keyNames,
                 Set<String> required) {
    }

    private SchemaCompatibility() {
    }

    static List<String> breakingChanges(JsonNode snapshot, JsonNode current) {
        Map<String, Shape> before = flatten(snapshot);
        Map<String, Shape> after = flatten(current);
        List<String> problems = new ArrayList<>();
        before.forEach((path, was) -> {
            Shape now = after.get(path);
            if (now == null) {
                problems.add("property " + path + " was removed");
                return;
            }
            if (!was.types().equals(now.types())) {
                problems.add("property " + path + " changed type from " + was.types() + " to " + now.types());
            }
            if (!Objects.equals(was.format(), now.format())) {
                problems.add("property " + path + " changed format from " + was.format() + " to " + now.format());
            }
            if (!was.enumValues().equals(now.enumValues())) {
                problems.add("property " + path + " changed its enum from " + was.enumValues() + " to "
                        + now.enumValues());
            }
            if (!was.keyNames().equals(now.keyNames())) {
                problems.add("property " + path + " changed its allowed keys from " + was.keyNames() + " to "
                        + now.keyNames());
            }
            for (String name : now.required()) {
                if (!was.required().contains(name)) {
                    problems.add("property " + child(path, name) + " became required");
                }
            }
            for (String name : was.required()) {
                if (!now.required().contains(name) && after.containsKey(child(path, name))) {
                    problems.add("property " + child(path, name) + " is no longer required");
                }
            }
        });
        return problems;
    }

    static Map<String, Shape> flatten(JsonNode root) {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        flatten(root, root, "$", shapes, new LinkedHashSet<>());
        return shapes;
    }

    private static void flatten(JsonNode root, JsonNode node, String path, Map<String, Shape> shapes,
                                Set<String> refsOnPath) {
        String ref = node.path("$ref").asText(null);
        if (ref != null && !refsOnPath.add(ref)) {
            return; // a recursive definition: the first visit describes it
        }
        JsonNode schema = Schemas.resolve(root, node);
        shapes.put(path, new Shape(Schemas.types(schema), schema.path("format").asText(null),
                values(schema.get("enum")), values(schema.path("propertyNames").get("enum")),
                Schemas.required(schema)));
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            flatten(root, p.getValue(), child(path, p.getKey()), shapes, refsOnPath);
        }
        if (schema.has("items")) {
            flatten(root, schema.get("items"), path + "[]", shapes, refsOnPath);
        }
        if (schema.path("additionalProperties").isObject()) {
            flatten(root, schema.get("additionalProperties"), path + "{}", shapes, refsOnPath);
        }
        if (ref != null) {
            refsOnPath.remove(ref);
        }
    }

    private static String child(String path, String name) {
        return path + "." + name;
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        if (array != null) {
            array.forEach(v -> values.add(v.isNull() ? "null" : v.asText()));
        }
        return values;
    }
}
