package io.litstream.topics.schema;

import io.litstream.topics.PipelineTopics;
import io.litstream.topics.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Which JSON Schema describes each topic, and in which version. The schema files live on the
 * classpath under {@value #BASE}; their {@code README.md} there states the versioning rules.
 */
public final class TopicSchemas {
    /** Classpath folder of the schema files. */
    public static final String BASE = "/io/litstream/topics/schemas/";

    /** What a topic's schema describes: the record value, or (for dead letters) the record headers. */
    public enum Subject { VALUE, HEADERS }

    /**
     * The current schema of one topic.
     *
     * @param topic          topic name
     * @param keyDescription what the record key is (keys are plain UTF-8 strings, not JSON)
     * @param subject        whether the schema describes the value or the headers
     * @param schemaResource classpath resource of the schema file
     * @param version        the schema version, also in the file name ({@code .v1.schema.json})
     */
    public record TopicSchema(String topic, String keyDescription, Subject subject, String schemaResource,
                              int version) {
    }

    private static final List<TopicSchema> ALL = List.of(
            schema(PipelineTopics.RAW_ARTICLES, "article id", Subject.VALUE,
                    "raw-article"),
            schema(PipelineTopics.EXTRACTIONS, "article id", Subject.VALUE,
                    "article-extraction"),
            schema(PipelineTopics.SUMMARIES, "canonical therapy id", Subject.VALUE,
                    "therapy-summary"),
            schema(PipelineTopics.THERAPY_EVENTS, "canonical therapy id", Subject.VALUE,
                    "therapy-event"),
            schema(PipelineTopics.DEAD_LETTERS,
                    "the failed input's key: source path or URL (ingest), original key bytes (extract, aggregate); may be null",
                    Subject.HEADERS, "dead-letter-headers"));

    private TopicSchemas() {
    }

    /** The schema of {@code topic} in the file {@code <file>.v<its schema version>.schema.json}. */
    private static TopicSchema schema(Topic<?, ?> topic, String keyDescription, Subject subject, String file) {
        return new TopicSchema(topic.name(), keyDescription, subject,
                BASE + file + ".v" + topic.schemaVersion() + ".schema.json", topic.schemaVersion());
    }

    /** The current schema of every topic. */
    public static List<TopicSchema> all() {
        return ALL;
    }

    /** The current schema of {@code topic}, if it has one. */
    public static Optional<TopicSchema> of(String topic) {
        return ALL.stream().filter(s -> s.topic().equals(topic)).findFirst();
    }

    /** The schema text of {@code schema}. */
    public static String load(TopicSchema schema) {
        return load(schema.schemaResource());
    }

    /** The text of a schema resource, e.g. {@code /io/litstream/topics/schemas/raw-article.v1.schema.json}. */
    public static String load(String resource) {
        try (InputStream in = TopicSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema resource " + resource, e);
        }
    }
}
