package io.litstream.aggregate.contribution;

import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.header.LitstreamHeaders;
import io.litstream.topics.header.LitstreamHeaders.ArticleChange;
import io.litstream.topics.serde.JsonSerde;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
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
 * Turns each extraction (keyed by article id) into one record per therapy, keyed
 * {@code therapyId|articleId}, and retracts what the article no longer says.
 *
 * <p>Downstream the contributions are a table, so a record replaces the previous contribution
 * under its key and a tombstone removes it. What the table cannot know by itself is which keys
 * an article stopped producing: a new version that no longer mentions ketamine emits nothing
 * under {@code ketamine|a1}. This processor remembers, per article, the therapies it last
 * emitted and sends a tombstone for each one that is gone — for all of them on a retraction.
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
public final class ContributionSplitter implements Processor<String, ArticleExtraction, String, TherapyContribution> {
    /** articleId → what it last contributed. */
    public static final String EMITTED_STORE = "emitted-contributions";
    private static final Logger log = LoggerFactory.getLogger(ContributionSplitter.class);

    /** The serializer the contributions are sent with: a fingerprint's bytes are then the bytes sent. */
    private final Serializer<TherapyContribution> contributionSerializer;
    private ProcessorContext<String, TherapyContribution> context;
    private KeyValueStore<String, EmittedContributions> emitted;

    private ContributionSplitter(Serde<TherapyContribution> contributionSerde) {
        this.contributionSerializer = contributionSerde.serializer();
    }

    /**
     * The processor together with the store it owns, ready for {@code KStream#process}.
     *
     * @param contributions the serde the contributions go downstream with (fingerprints are taken of its bytes)
     */
    public static ProcessorSupplier<String, ArticleExtraction, String, TherapyContribution> supplier(
            Serde<TherapyContribution> contributions) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, ArticleExtraction, String, TherapyContribution> get() {
                return new ContributionSplitter(contributions);
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
    public void init(ProcessorContext<String, TherapyContribution> context) {
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

        for (String therapyId : new TreeSet<>(previous.keySet())) {
            if (!current.containsKey(therapyId)) {
                context.forward(record.withKey(TherapyContribution.keyOf(therapyId, articleId)).withValue(null));
            }
        }
        Map<String, String> sent = new HashMap<>();
        for (TherapyContribution contribution : current.values()) {
            String fingerprint = fingerprint(contribution);
            sent.put(contribution.therapyId(), fingerprint);
            if (!fingerprint.equals(previous.get(contribution.therapyId()))) {
                context.forward(record.withKey(TherapyContribution.keyOf(contribution.therapyId(), articleId))
                        .withValue(contribution));
            }
        }

        if (sent.isEmpty()) {
            if (stored != null) {
                emitted.delete(articleId);
            }
        } else if (!sent.equals(previous)) {
            emitted.put(articleId, new EmittedContributions(sent));
        }
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
