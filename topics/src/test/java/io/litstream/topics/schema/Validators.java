package io.litstream.topics.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** A real draft 2020-12 validator (networknt, test scope), with format assertions switched on. */
final class Validators {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    /** Bundled in the validator's jar: no network needed. */
    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private Validators() {
    }

    /** What the validator finds wrong with {@code instance} under the schema {@code schemaText}. */
    static List<String> errors(String schemaText, JsonNode instance) {
        Schema schema = REGISTRY.getSchema(schemaText, InputFormat.JSON);
        return schema.validate(instance).stream().map(Error::toString).toList();
    }

    /** What the draft 2020-12 meta-schema finds wrong with {@code schema}. */
    static List<String> metaSchemaErrors(JsonNode schema) {
        return REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA)).validate(schema).stream()
                .map(Error::toString).toList();
    }
}
