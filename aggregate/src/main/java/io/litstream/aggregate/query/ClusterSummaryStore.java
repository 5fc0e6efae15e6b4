package io.litstream.aggregate.query;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.litstream.aggregate.stream.AggregateTopology;
import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.summary.TherapySummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The summaries of every aggregate instance, whichever instance is asked: a key lookup goes to
 * the instance that owns the key (Kafka Streams metadata), a listing merges every instance's
 * local part. The other instances are asked over their query API with {@code scope=local}, so a
 * request is forwarded at most once.
 *
 * <p>All instances answer alike because they consult the same assignment; while a rebalance is
 * moving a partition, a lookup may find no owner and reports {@link StoreUnavailableException}
 * (HTTP 503, retry) rather than a partial answer.
 */
public final class ClusterSummaryStore implements SummaryStore {
    private final SummaryStore local;
    private final InstanceDirectory directory;
    private final PeerClient peers = new PeerClient();

    public ClusterSummaryStore(SummaryStore local, InstanceDirectory directory) {
        this.local = local;
        this.directory = directory;
    }

    /**
     * The cluster view of a running aggregate.
     *
     * @param self this instance's {@code application.server}, as {@code host:port}
     */
    public static ClusterSummaryStore of(KafkaStreams streams, String self) {
        return new ClusterSummaryStore(new KafkaStreamsSummaryStore(streams),
                new KafkaStreamsDirectory(streams, HostInfo.buildFromEndpoint(self)));
    }

    @Override
    public SummaryStore local() {
        return local;
    }

    @Override
    public List<TherapySummary> all() {
        Map<String, TherapySummary> merged = new LinkedHashMap<>();
        for (HostInfo host : hosts(AggregateTopology.SUMMARY_STORE)) {
            List<TherapySummary> part = isSelf(host) ? local.all()
                    : peers.<List<TherapySummary>>get(host, "/therapies", listOf(TherapySummary.class)).orElse(List.of());
            part.forEach(s -> merged.putIfAbsent(s.therapyId(), s));
        }
        return new ArrayList<>(merged.values());
    }

    @Override
    public Optional<TherapySummary> get(String therapyId) {
        HostInfo owner = owner(AggregateTopology.SUMMARY_STORE, therapyId);
        return isSelf(owner) ? local.get(therapyId)
                : peers.get(owner, "/therapies/" + PeerClient.segment(therapyId),
                        TypeFactory.defaultInstance().constructType(TherapySummary.class));
    }

    /**
     * A therapy's contributions are partitioned by therapy, so they all live beside its summary:
     * the summary's owner answers alone.
     */
    @Override
    public List<TherapyContribution> contributions(String therapyId) {
        HostInfo owner = owner(AggregateTopology.SUMMARY_STORE, therapyId);
        List<TherapyContribution> out = new ArrayList<>(isSelf(owner) ? local.contributions(therapyId)
                : peers.<List<TherapyContribution>>get(owner, "/contributions/" + PeerClient.segment(therapyId),
                        listOf(TherapyContribution.class)).orElse(List.of()));
        out.sort(Comparator.comparing(TherapyContribution::articleId));
        return out;
    }

    @Override
    public Optional<ArticleExtraction> article(String articleId) {
        HostInfo owner = owner(AggregateTopology.ARTICLE_STORE, articleId);
        return isSelf(owner) ? local.article(articleId)
                : peers.get(owner, "/articles/" + PeerClient.segment(articleId),
                        TypeFactory.defaultInstance().constructType(ArticleExtraction.class));
    }

    /** No instance at all means the assignment is not known yet, not that there is no data. */
    private List<HostInfo> hosts(String store) {
        List<HostInfo> hosts = directory.hostsOf(store);
        if (hosts.isEmpty()) {
            throw new StoreUnavailableException("no instance holds " + store + " yet (starting or rebalancing)", null);
        }
        return hosts;
    }

    private HostInfo owner(String store, String key) {
        return directory.ownerOf(store, key).orElseThrow(() -> new StoreUnavailableException(
                "no instance owns " + key + " in " + store + " right now (rebalancing?)", null));
    }

    private boolean isSelf(HostInfo host) {
        return directory.self().equals(host);
    }

    private static JavaType listOf(Class<?> type) {
        return TypeFactory.defaultInstance().constructCollectionType(List.class, type);
    }
}
