package io.litstream.aggregate.header;

import io.litstream.topics.header.LitstreamHeaders;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Stamps {@code litstream.schema.version} on every record passing through. The headers are
 * copied, never changed in place: the same record object also reaches sibling processors.
 */
public final class SchemaVersionHeader<V> implements FixedKeyProcessor<String, V, V> {
    private final String version;
    private FixedKeyProcessorContext<String, V> context;

    private SchemaVersionHeader(int version) {
        this.version = Integer.toString(version);
    }

    public static <V> FixedKeyProcessorSupplier<String, V, V> of(int version) {
        return () -> new SchemaVersionHeader<>(version);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        LitstreamHeaders.set(headers, LitstreamHeaders.SCHEMA_VERSION, version);
        context.forward(record.withHeaders(headers));
    }
}
