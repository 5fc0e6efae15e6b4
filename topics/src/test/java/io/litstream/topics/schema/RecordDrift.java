package io.litstream.topics.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a record type with its schema, both ways and all the way down (nested records, list
 * items, map keys and values): every component is a declared property and every declared
 * property a component, with the JSON type the serde writes for the Java type, enum values equal
 * to the Java constants, primitives required, and "null" allowed exactly for the optional ones.
 */
final class RecordDrift {
    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();

    private RecordDrift(JsonNode root) {
        this.root = root;
    }

    static List<String> problems(Class<?> recordType, JsonNode schemaRoot) {
        RecordDrift drift = new RecordDrift(schemaRoot);
        drift.compare(recordType, schemaRoot, recordType.getSimpleName());
        return drift.problems;
    }

    private void compare(Type type, JsonNode schemaNode, String path) {
        JsonNode schema = Schemas.resolve(root, schemaNode);
        Class<?> raw = rawClass(type);
        Set<String> types = Schemas.types(schema);
        types.remove("null");
        String expected = jsonType(raw);
        if (!types.equals(Set.of(expected))) {
            problems.add(path + ": Java " + type.getTypeName() + " is written as " + expected
                    + " but the schema says " + Schemas.types(schema));
            return;
        }
        if (raw == Instant.class && !"date-time".equals(schema.path("format").asText())) {
            problems.add(path + ": an Instant needs format date-time");
        }
        if (raw == LocalDate.class && !"date".equals(schema.path("format").asText())) {
            problems.add(path + ": a LocalDate needs format date");
        }
        if (raw.isEnum()) {
            compareEnum(raw, schema.get("enum"), path);
            boolean enumAllowsNull = false;
            for (JsonNode v : schema.path("enum")) {
                enumAllowsNull |= v.isNull();
            }
            if (Schemas.types(schema).contains("null") != enumAllowsNull) {
                problems.add(path + ": a nullable enum must list null among its values, a non-null one must not");
            }
        } else if (schema.has("enum")) {
            problems.add(path + ": the schema has an enum but Java " + raw.getSimpleName() + " is not one");
        }
        if (raw.isRecord()) {
            compareRecord(raw, schema, path);
        } else if (List.class.isAssignableFrom(raw)) {
            compareItem(typeArgument(type, 0), schema.get("items"), path + "[]");
        } else if (Map.class.isAssignableFrom(raw)) {
            Class<?> key = rawClass(typeArgument(type, 0));
            JsonNode names = schema.path("propertyNames").get("enum");
            if (key.isEnum()) {
                compareEnum(key, names, path + "{keys}");
            } else if (key != String.class) {
                problems.add(path + ": map keys of " + key.getSimpleName() + " are not covered by these checks");
            } else if (names != null) {
                problems.add(path + ": String map keys but the schema restricts them to " + names);
            }
            compareItem(typeArgument(type, 1), schema.get("additionalProperties"), path + "{}");
        }
    }

    /** List items and map values are never null: the records copy them with List.copyOf / Map.copyOf. */
    private void compareItem(Type type, JsonNode schema, String path) {
        if (schema == null || !schema.isObject()) {
            problems.add(path + ": the schema does not say what the elements are");
            return;
        }
        if (Schemas.types(Schemas.resolve(root, schema)).contains("null")) {
            problems.add(path + ": elements are never null but the schema allows null");
        }
        compare(type, schema, path);
    }

    private void compareRecord(Class<?> record, JsonNode schema, String path) {
        JsonNode properties = schema.path("properties");
        Set<String> declared = new TreeSet<>();
        properties.fieldNames().forEachRemaining(declared::add);
        Set<String> components = new LinkedHashSet<>();
        Set<String> required = Schemas.required(schema);
        for (RecordComponent c : record.getRecordComponents()) {
            components.add(c.getName());
            String at = path + "." + c.getName();
            JsonNode property = properties.get(c.getName());
            if (property == null) {
                problems.add(at + ": record component of " + record.getSimpleName()
                        + " is not declared in the schema");
                continue;
            }
            boolean nullable = Schemas.types(Schemas.resolve(root, property)).contains("null");
            if (c.getType().isPrimitive() && !required.contains(c.getName())) {
                problems.add(at + ": a primitive is always written, so it must be required");
            }
            if (required.contains(c.getName()) && nullable) {
                problems.add(at + ": required but the schema allows null");
            }
            if (!required.contains(c.getName()) && !nullable) {
                problems.add(at + ": optional (nulls are omitted) but the schema does not allow null");
            }
            compare(c.getGenericType(), property, at);
        }
        for (String name : declared) {
            if (!components.contains(name)) {
                problems.add(path + "." + name + ": declared in the schema but " + record.getSimpleName()
                        + " has no such component");
            }
        }
        for (String name : required) {
            if (!declared.contains(name)) {
                problems.add(path + "." + name + ": required but not declared");
            }
        }
        if (!schema.path("additionalProperties").asBoolean(false)) {
            problems.add(path + ": must say additionalProperties: true (consumers tolerate new fields)");
        }
    }

    private void compareEnum(Class<?> enumType, JsonNode allowed, String path) {
        Set<String> constants = new TreeSet<>();
        Arrays.stream(enumType.getEnumConstants()).forEach(e -> constants.add(((Enum<?>) e).name()));
        Set<String> declared = new TreeSet<>();
        if (allowed != null) {
            allowed.forEach(v -> {
                if (!v.isNull()) {
                    declared.add(v.asText());
                }
            });
        }
        if (!declared.equals(constants)) {
            problems.add(path + ": the schema's enum " + declared + " differs from " + enumType.getSimpleName()
                    + " " + constants);
        }
    }

    private static String jsonType(Class<?> raw) {
        if (raw == String.class || raw == Instant.class || raw == LocalDate.class || raw.isEnum()) {
            return "string";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class) {
            return "integer";
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return "number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (List.class.isAssignableFrom(raw)) {
            return "array";
        }
        if (Map.class.isAssignableFrom(raw) || raw.isRecord()) {
            return "object";
        }
        throw new IllegalArgumentException("no JSON type known for " + raw + ": teach RecordDrift about it");
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + type);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException(type + " has no type arguments");
    }
}
