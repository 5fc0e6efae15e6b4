package io.litstream.topics.serde;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde for one record type as UTF-8 JSON. A {@code null} record is a tombstone and
 * maps to a {@code null} payload both ways. Malformed input raises {@link SerializationException},
 * which Kafka Streams routes to its deserialization exception handler (and so to the dead letters).
 */
public final class JsonSerde<T> implements Serde<T> {
    private final ObjectMapper mapper;
    private final Class<T> type;

    public JsonSerde(Class<T> type) {
        this.type = type;
        this.mapper = Json.newMapper();
    }

    public byte[] toBytes(T value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON", e);
        }
    }

    public T fromBytes(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return mapper.readValue(bytes, type);
        } catch (IOException e) {
            throw new SerializationException("not a valid " + type.getSimpleName() + " JSON record: " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> toBytes(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> fromBytes(bytes);
    }
}
