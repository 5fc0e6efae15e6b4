package io.litstream.aggregate.query;

import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/** The directory Kafka Streams keeps from the assignment: every instance knows every other's partitions. */
public final class KafkaStreamsDirectory implements InstanceDirectory {
    private final KafkaStreams streams;
    private final HostInfo self;

    /**
     * @param streams the running aggregate
     * @param self    this instance's {@code application.server}
     */
    public KafkaStreamsDirectory(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    @Override
    public HostInfo self() {
        return self;
    }

    @Override
    public List<HostInfo> hostsOf(String store) {
        return streams.streamsMetadataForStore(store).stream().map(StreamsMetadata::hostInfo).distinct().toList();
    }

    @Override
    public Optional<HostInfo> ownerOf(String store, String key) {
        KeyQueryMetadata metadata = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE) || metadata.activeHost() == null
                || metadata.activeHost().port() < 0) {
            return Optional.empty();
        }
        return Optional.of(metadata.activeHost());
    }
}
