package io.litstream.ingest.publish;

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
 */
public record IngestMetrics(long published, long skippedUnchanged, long duplicates,
                            Map<DeadLetterReason, Long> rejected, long failed) {

    public IngestMetrics {
        EnumMap<DeadLetterReason, Long> copy = new EnumMap<>(DeadLetterReason.class);
        copy.putAll(rejected);
        rejected = Collections.unmodifiableMap(copy);
    }

    /** Without duplicates, as before near-duplicate detection existed. */
    public IngestMetrics(long published, long skippedUnchanged, Map<DeadLetterReason, Long> rejected, long failed) {
        this(published, skippedUnchanged, 0, rejected, failed);
    }

    /** Dead letters over all reasons. */
    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Dead letters for one reason. */
    public long rejected(DeadLetterReason reason) {
        return rejected.getOrDefault(reason, 0L);
    }
}
