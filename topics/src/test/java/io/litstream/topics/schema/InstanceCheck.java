package io.litstream.topics.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately strict check of one JSON document against one of our schemas, written with the
 * tree model: unlike a validator honouring {@code additionalProperties: true}, it also reports
 * properties the schema does not declare, so a field added to a record but not to its schema
 * is caught. Supports the keywords our schemas use: type, properties, required, items, enum,
 * propertyNames, additionalProperties, format date-time and local $ref.
 */
final class InstanceCheck {
    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();

    private InstanceCheck(JsonNode root) {
        this.root = root;
    }

    static List<String> problems(JsonNode schemaRoot, JsonNode instance) {
        InstanceCheck check = new InstanceCheck(schemaRoot);
        check.check(schemaRoot, instance, "$");
        return check.problems;
    }

    private void check(JsonNode schemaNode, JsonNode value, String path) {
        JsonNode schema = Schemas.resolve(root, schemaNode);
        Set<String> types = Schemas.types(schema);
        if (types.isEmpty()) {
            problems.add(path + ": the schema declares no type");
        } else if (!types.contains(jsonType(value)) && !(types.contains("number") && value.isNumber())) {
            problems.add(path + ": " + jsonType(value) + " where the schema allows " + types);
            return;
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null && !contains(allowed, value)) {
            problems.add(path + ": " + value + " is not one of " + allowed);
        }
        if ("date-time".equals(schema.path("format").asText()) && value.isTextual()) {
            try {
                Instant.parse(value.asText());
            } catch (DateTimeParseException e) {
                problems.add(path + ": " + value + " is not an ISO-8601 date-time");
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]");
            }
        }
        if (value.isObject()) {
            checkObject(schema, value, path);
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String path) {
        for (String name : Schemas.required(schema)) {
            if (!value.has(name)) {
                problems.add(path + ": required property '" + name + "' is missing");
            }
        }
        JsonNode properties = schema.get("properties");
        JsonNode additional = schema.get("additionalProperties");
        JsonNode names = schema.path("propertyNames").get("enum");
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String fieldPath = path + "." + field.getKey();
            if (names != null && !contains(names, Schemas.MAPPER.getNodeFactory().textNode(field.getKey()))) {
                problems.add(fieldPath + ": key '" + field.getKey() + "' is not one of " + names);
            }
            if (properties != null && properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), fieldPath);
            } else if (additional != null && additional.isObject()) {
                check(additional, field.getValue(), fieldPath);
            } else {
                problems.add(fieldPath + ": the record writes it but the schema does not declare it");
            }
        }
    }

    private static boolean contains(JsonNode allowed, JsonNode value) {
        for (JsonNode a : allowed) {
            if (a.equals(value)) {
                return true;
            }
        }
        return false;
    }

    static String jsonType(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "string";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isArray()) {
            return "array";
        }
        if (value.isObject()) {
            return "object";
        }
        return value.getNodeType().name().toLowerCase();
    }
}
