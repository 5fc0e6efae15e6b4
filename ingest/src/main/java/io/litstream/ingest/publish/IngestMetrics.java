package io.litstream.ingest.publish;

import io.litstream.topics.article.RawArticle;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A snapshot of what the publisher has done since it started.
 *
 * @param published        articles the broker acknowledged
 * @param skippedUnchanged articles not sent because the same content was already published under their id
 * @param duplicates       articles not sent because they copy an article published before (linked to it in the state)
 * @param rejected         dead letters the broker acknowledged, per reason
 * @param failed           sends (articles or dead letters) that failed for good
 * @param publishedBySource of {@code published}, how many came from each kind of source
 * @param retracted        tombstones the broker acknowledged (one per retracted article id, once)
 */
public record IngestMetrics(long published, long skippedUnchanged, long duplicates,
                            Map<DeadLetterReason, Long> rejected, long failed,
                            Map<RawArticle.SourceKind, Long> publishedBySource, long retracted) {

    public IngestMetrics {
        EnumMap<DeadLetterReason, Long> copy = new EnumMap<>(DeadLetterReason.class);
        copy.putAll(rejected);
        rejected = Collections.unmodifiableMap(copy);
        EnumMap<RawArticle.SourceKind, Long> bySource = new EnumMap<>(RawArticle.SourceKind.class);
        if (publishedBySource != null) {
            bySource.putAll(publishedBySource);
        }
        publishedBySource = Collections.unmodifiableMap(bySource);
    }

    /** Without retractions. */
    public IngestMetrics(long published, long skippedUnchanged, long duplicates, Map<DeadLetterReason, Long> rejected,
                         long failed, Map<RawArticle.SourceKind, Long> publishedBySource) {
        this(published, skippedUnchanged, duplicates, rejected, failed, publishedBySource, 0);
    }

    /** Without the split by source. */
    public IngestMetrics(long published, long skippedUnchanged, long duplicates, Map<DeadLetterReason, Long> rejected,
                         long failed) {
        this(published, skippedUnchanged, duplicates, rejected, failed, Map.of());
    }

    /** Without duplicates, as before near-duplicate detection existed. */
    public IngestMetrics(long published, long skippedUnchanged, Map<DeadLetterReason, Long> rejected, long failed) {
        this(published, skippedUnchanged, 0, rejected, failed, Map.of());
    }

    /** Dead letters over all reasons. */
    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Articles published from one kind of source. */
    public long published(RawArticle.SourceKind source) {
        return publishedBySource.getOrDefault(source, 0L);
    }

    /** Dead letters for one reason. */
    public long rejected(DeadLetterReason reason) {
        return rejected.getOrDefault(reason, 0L);
    }
}
