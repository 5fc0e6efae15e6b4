package io.litstream.ingest.publish;

import io.litstream.topics.article.RawArticle;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counters behind {@link IngestMetrics}; updated from sources and producer callbacks alike. */
final class IngestCounters {
    private final LongAdder published = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder retracted = new LongAdder();
    private final Map<DeadLetterReason, LongAdder> rejected = new EnumMap<>(DeadLetterReason.class);
    private final Map<RawArticle.SourceKind, LongAdder> bySource = new EnumMap<>(RawArticle.SourceKind.class);

    IngestCounters() {
        // Filled once, read-only afterwards: concurrent reads of the map are then safe.
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            rejected.put(reason, new LongAdder());
        }
        for (RawArticle.SourceKind kind : RawArticle.SourceKind.values()) {
            bySource.put(kind, new LongAdder());
        }
    }

    void published(RawArticle.SourceKind source) {
        published.increment();
        if (source != null) {
            bySource.get(source).increment();
        }
    }

    void skipped() {
        skipped.increment();
    }

    void duplicate() {
        duplicates.increment();
    }

    void retracted() {
        retracted.increment();
    }

    void failed() {
        failed.increment();
    }

    void rejected(DeadLetterReason reason) {
        rejected.get(reason).increment();
    }

    IngestMetrics snapshot() {
        Map<DeadLetterReason, Long> byReason = new EnumMap<>(DeadLetterReason.class);
        rejected.forEach((reason, count) -> {
            long n = count.sum();
            if (n > 0) {
                byReason.put(reason, n);
            }
        });
        Map<RawArticle.SourceKind, Long> sources = new EnumMap<>(RawArticle.SourceKind.class);
        bySource.forEach((kind, count) -> sources.put(kind, count.sum()));
        return new IngestMetrics(published.sum(), skipped.sum(), duplicates.sum(), byReason, failed.sum(), sources,
                retracted.sum());
    }
}
