package io.litstream.ingest.publish;

import io.litstream.ingest.read.Rejection;
import io.litstream.ingest.state.InMemoryStateStore;
import io.litstream.ingest.state.StateStore;
import io.litstream.topics.Topics;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.io.Closeable;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes articles to {@code litstream.articles.raw} and rejections to
 * {@code litstream.deadletters}, through one idempotent producer (see {@link ProducerSettings}).
 *
 * <p>Each article is published once and only once (see {@link PublicationLedger}): one whose content
 * was already published under its id is skipped, one that copies an earlier article (same PMID,
 * canonical URL or text, or nearly the same text) is linked to it in the state instead of being
 * published. With a durable {@link StateStore} ({@code KafkaStateStore}) that holds across restarts.
 * An article too large for a Kafka request becomes a {@code TOO_LARGE} dead letter instead of a
 * send that would fail. Sends are asynchronous; {@link #flush()} waits for them, {@link #close()}
 * flushes and closes. An unchanged local file is dead-lettered once, not at every rescan after a
 * restart ({@link RejectionLedger}). Thread-safe.
 */
public final class KafkaArticleSink implements ArticleSink, Closeable {
    /** The {@code litstream.dlq.stage} of ingest's dead letters. */
    public static final String STAGE = "ingest";
    private static final Logger LOG = LoggerFactory.getLogger(KafkaArticleSink.class);
    /** Room left in a request for the key, headers and record overhead. */
    private static final int RECORD_OVERHEAD = 16 * 1024;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<String, byte[]> producer;
    private final ArticleRecord articles = new ArticleRecord();
    private final StateStore state;
    private final PublicationLedger ledger;
    private final RejectionLedger rejections;
    private final IngestCounters counters = new IngestCounters();
    private final int maxValueBytes;

    /**
     * @param producerConfig at least {@code bootstrap.servers}, plus any security settings
     */
    public KafkaArticleSink(Map<String, ?> producerConfig) {
        this(producerConfig, new InMemoryStateStore());
    }

    /**
     * @param producerConfig at least {@code bootstrap.servers}, plus any security settings
     * @param state          where what was published is remembered; the sink closes it
     */
    public KafkaArticleSink(Map<String, ?> producerConfig, StateStore state) {
        Map<String, Object> config = ProducerSettings.of(producerConfig);
        this.maxValueBytes = ProducerSettings.maxRequestSize(config) - RECORD_OVERHEAD;
        this.state = state;
        this.ledger = new PublicationLedger(state);
        this.rejections = new RejectionLedger(state);
        this.producer = new KafkaProducer<>(config);
    }

    public KafkaArticleSink(Properties producerConfig) {
        this(toMap(producerConfig));
    }

    @Override
    public void accept(RawArticle article) {
        rejections.accepted(article.source());
        PublicationLedger.Decision decision = ledger.decide(article);
        if (decision instanceof PublicationLedger.Unchanged) {
            LOG.debug("{} unchanged (from {}); not published again", article.id(), article.source());
            counters.skipped();
            return;
        }
        if (decision instanceof PublicationLedger.Copy c) {
            LOG.info("{} (from {}) is a copy of {} ({}, similarity {}); not published",
                    article.id(), article.source(), c.duplicate().firstId(), c.duplicate().kind(),
                    String.format(Locale.ROOT, "%.2f", c.duplicate().similarity()));
            counters.duplicate();
            return;
        }
        PublicationLedger.Publish claim = (PublicationLedger.Publish) decision;
        byte[] json;
        try {
            json = articles.serialize(article);
        } catch (RuntimeException e) {
            ledger.failed(claim);
            throw e;
        }
        if (json.length > maxValueBytes) {
            ledger.failed(claim);
            reject(article.source(), new Rejection(DeadLetterReason.TOO_LARGE,
                    "article " + article.id() + " is " + json.length + " bytes as JSON, over the producer's limit of "
                            + maxValueBytes, json));
            return;
        }
        ProducerRecord<String, byte[]> record = ArticleRecord.of(article, json);
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    ledger.confirmed(claim);
                    counters.published(article.sourceKind());
                    LOG.debug("published {} from {}", article.id(), article.source());
                } else {
                    ledger.failed(claim);
                    counters.failed();
                    LOG.error("could not publish {} from {}", article.id(), article.source(), error);
                }
            });
        } catch (RuntimeException e) {
            ledger.failed(claim);
            throw e;
        }
    }

    @Override
    public void reject(String source, Rejection rejection) {
        if (!rejections.isNew(source, rejection)) {
            LOG.debug("{} was dead-lettered before for {} and has not changed; not again", source, rejection.reason());
            counters.skipped();
            return;
        }
        producer.send(rejection.deadLetter(STAGE, source).toRecord(Topics.DEAD_LETTERS, source), (metadata, error) -> {
            if (error == null) {
                rejections.recorded(source, rejection);
                counters.rejected(rejection.reason());
            } else {
                counters.failed();
                LOG.error("could not publish dead letter {} for {}", rejection.reason(), source, error);
            }
        });
    }

    /** Blocks until everything sent so far is acknowledged or has failed. */
    public void flush() {
        producer.flush();
        state.flush();
    }

    public IngestMetrics metrics() {
        return counters.snapshot();
    }

    /** Flushes pending sends (waiting up to 30 seconds) and closes the producer. */
    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
        state.close(); // after the producer: its last acknowledgements write state
        LOG.info("producer closed: {}", metrics());
    }

    private static Map<String, Object> toMap(Properties properties) {
        Map<String, Object> map = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }
}
