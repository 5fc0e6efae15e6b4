package io.litstream.aggregate.contribution;

import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.header.LitstreamHeaders;
import io.litstream.topics.header.LitstreamHeaders.ArticleChange;
import io.litstream.topics.serde.JsonSerde;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns each extraction (keyed by article id) into its contributions, one per therapy, keyed in
 * the summariser's table {@code therapyId|articleId}, and retracts what the article no longer
 * says. It sends them as one {@link ContributionBatch} per summaries partition the article touches
 * (keyed by article id), not one record per therapy: the summariser applies a batch's changes one
 * by one, as it did the single records, and a record through the repartition topic is the unit of
 * most of the broker's and both tasks' work.
 *
 * <p>Downstream the contributions are a table, so a contribution replaces the previous one under
 * its key and a removal deletes it. What the table cannot know by itself is which keys an article
 * stopped producing: a new version that no longer mentions ketamine says nothing about
 * {@code ketamine|a1}. This processor remembers, per article, the therapies it last emitted and
 * names each one that is gone among its batch's removals — all of them on a retraction.
 *
 * <p>It also remembers a fingerprint of each contribution and does not send one that has not
 * changed. Sending it again would be harmless (the summary subtracts and re-adds an equal
 * contribution), but a re-delivered or re-extracted article would then rewrite every summary it
 * touches; this way it writes nothing.
 *
 * <p>Every record it sends carries headers naming the article behind it, what happened to it
 * and the extractor version ({@link LitstreamHeaders}); Kafka Streams keeps record headers
 * through the repartition topics and the aggregation, so each summary change arrives downstream
 * knowing which article caused it — which is what the change events report.
 *
 * <p>The store is changelogged and written in the same transaction as the output
 * (exactly-once), so what it remembers and what was sent cannot drift apart.
 */
public final class ContributionSplitter implements Processor<String, ArticleExtraction, String, ContributionBatch> {
    /** articleId → what it last contributed. */
    public static final String EMITTED_STORE = "emitted-contributions";
    private static final Logger log = LoggerFactory.getLogger(ContributionSplitter.class);

    /** The serializer the contributions are sent with: a fingerprint's bytes are then the bytes sent. */
    private final Serializer<TherapyContribution> contributionSerializer;
    /** Partitions of the repartition topic: the batches are grouped by them. */
    private final int partitions;
    private ProcessorContext<String, ContributionBatch> context;
    private KeyValueStore<String, EmittedContributions> emitted;

    private ContributionSplitter(Serde<TherapyContribution> contributionSerde, int partitions) {
        this.contributionSerializer = contributionSerde.serializer();
        this.partitions = partitions;
    }

    /**
     * The processor together with the store it owns, ready for {@code KStream#process}.
     *
     * @param contributions the serde the contributions go downstream with (fingerprints are taken of its bytes)
     * @param partitions    partitions of the topic the batches go through (see {@link ByTherapyPartitioner})
     */
    public static ProcessorSupplier<String, ArticleExtraction, String, ContributionBatch> supplier(
            Serde<TherapyContribution> contributions, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, ArticleExtraction, String, ContributionBatch> get() {
                return new ContributionSplitter(contributions, partitions);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(EMITTED_STORE),
                        Serdes.String(),
                        new JsonSerde<>(EmittedContributions.class)));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, ContributionBatch> context) {
        this.context = context;
        this.emitted = context.getStateStore(EMITTED_STORE);
    }

    @Override
    public void process(Record<String, ArticleExtraction> record) {
        String articleId = record.key();
        if (articleId == null || articleId.isBlank()) {
            // Without a key there is nothing to replace or retract later: counting it would be
            // a contribution no update could ever correct.
            log.warn("skipping an extraction without an article id ({})",
                    context.recordMetadata().map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("?"));
            return;
        }
        Map<String, TherapyContribution> current = record.value() == null
                ? Map.of()
                : Contributions.of(articleId, record.value());
        Headers headers = new RecordHeaders(record.headers().toArray());
        LitstreamHeaders.set(headers, LitstreamHeaders.ARTICLE_ID, articleId);
        LitstreamHeaders.set(headers, LitstreamHeaders.ARTICLE_CHANGE,
                (record.value() == null ? ArticleChange.RETRACTED : ArticleChange.UPDATED).name());
        if (record.value() != null) {
            LitstreamHeaders.set(headers, LitstreamHeaders.EXTRACTOR_VERSION, record.value().extractorVersion());
        }
        record = record.withHeaders(headers);
        EmittedContributions stored = emitted.get(articleId);
        Map<String, String> previous = stored == null ? Map.of() : stored.fingerprints();

        Map<Integer, List<String>> removed = new TreeMap<>();
        for (String therapyId : new TreeSet<>(previous.keySet())) {
            if (!current.containsKey(therapyId)) {
                removed.computeIfAbsent(partitionOf(therapyId), p -> new ArrayList<>()).add(therapyId);
            }
        }
        Map<Integer, List<TherapyContribution>> changed = new TreeMap<>();
        Map<String, String> sent = new HashMap<>();
        for (TherapyContribution contribution : current.values()) {
            String fingerprint = fingerprint(contribution);
            sent.put(contribution.therapyId(), fingerprint);
            if (!fingerprint.equals(previous.get(contribution.therapyId()))) {
                changed.computeIfAbsent(partitionOf(contribution.therapyId()), p -> new ArrayList<>()).add(contribution);
            }
        }
        Set<Integer> touched = new TreeSet<>(removed.keySet());
        touched.addAll(changed.keySet());
        for (int partition : touched) {
            context.forward(record.withKey(articleId).withValue(new ContributionBatch(articleId,
                    removed.get(partition), changed.get(partition))));
        }

        if (sent.isEmpty()) {
            if (stored != null) {
                emitted.delete(articleId);
            }
        } else if (!sent.equals(previous)) {
            emitted.put(articleId, new EmittedContributions(sent));
        }
    }

    private int partitionOf(String therapyId) {
        return ByTherapyPartitioner.partitionOf(therapyId, partitions);
    }

    private String fingerprint(TherapyContribution contribution) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(contributionSerializer.serialize(null, contribution));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
