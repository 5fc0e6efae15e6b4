package io.litstream.aggregate.serde;

import io.litstream.aggregate.contribution.ContributionBatch;
import io.litstream.aggregate.contribution.TherapyContribution;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The bytes of a {@link ContributionBatch} on the internal repartition topic: a format byte, the
 * article id, the removed therapy ids, then each contribution as {@code contributions} writes it,
 * each behind its length.
 *
 * <p>Why framed and not one JSON document: the splitter has just written every contribution with
 * the contribution serde to take its fingerprint, and the summariser writes it again into its
 * store; with a serde that remembers recent values ({@link RecentValuesSerde}) both reuse those
 * bytes, where a JSON batch would write and parse every contribution once more.
 *
 * <p>A record written by the version before batches (one JSON contribution, keyed
 * {@code therapyId|articleId}) still reads, as a batch of that one contribution: records left on
 * the repartition topic across an upgrade are applied, not lost. (Its tombstones have no value;
 * the summariser reads their key.)
 */
public final class ContributionBatchSerde implements Serde<ContributionBatch> {
    /** First byte of a batch; a contribution's JSON starts with '{'. */
    private static final byte FORMAT = 1;
    private static final byte JSON_OBJECT = '{';

    private final Serde<TherapyContribution> contributions;

    /** Batches whose contributions are written and read with {@code contributions}. */
    public ContributionBatchSerde(Serde<TherapyContribution> contributions) {
        this.contributions = contributions;
    }

    public byte[] toBytes(ContributionBatch batch) {
        if (batch == null) {
            return null;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(FORMAT);
            writeChunk(out, batch.articleId().getBytes(StandardCharsets.UTF_8));
            out.writeInt(batch.removed().size());
            for (String therapyId : batch.removed()) {
                writeChunk(out, therapyId.getBytes(StandardCharsets.UTF_8));
            }
            out.writeInt(batch.contributions().size());
            for (TherapyContribution c : batch.contributions()) {
                writeChunk(out, contributions.serializer().serialize(null, c));
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
    }

    public ContributionBatch fromBytes(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length > 0 && bytes[0] == JSON_OBJECT) {
            TherapyContribution single = contributions.deserializer().deserialize(null, bytes);
            return new ContributionBatch(single.articleId(), List.of(), List.of(single));
        }
        if (bytes.length == 0 || bytes[0] != FORMAT) {
            throw new SerializationException("not a contribution batch (format byte "
                    + (bytes.length == 0 ? "missing" : Byte.toString(bytes[0])) + ")");
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
            String articleId = new String(readChunk(in), StandardCharsets.UTF_8);
            int removedCount = in.getInt();
            List<String> removed = new ArrayList<>(removedCount);
            for (int i = 0; i < removedCount; i++) {
                removed.add(new String(readChunk(in), StandardCharsets.UTF_8));
            }
            int count = in.getInt();
            List<TherapyContribution> changed = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                changed.add(contributions.deserializer().deserialize(null, readChunk(in)));
            }
            return new ContributionBatch(articleId, removed, changed);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new SerializationException("a truncated contribution batch", e);
        }
    }

    @Override
    public Serializer<ContributionBatch> serializer() {
        return (topic, batch) -> toBytes(batch);
    }

    @Override
    public Deserializer<ContributionBatch> deserializer() {
        return (topic, bytes) -> fromBytes(bytes);
    }

    private static void writeChunk(DataOutputStream out, byte[] chunk) throws IOException {
        out.writeInt(chunk.length);
        out.write(chunk);
    }

    private static byte[] readChunk(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("chunk of " + length + " bytes, " + in.remaining() + " left");
        }
        byte[] chunk = new byte[length];
        in.get(chunk);
        return chunk;
    }
}
