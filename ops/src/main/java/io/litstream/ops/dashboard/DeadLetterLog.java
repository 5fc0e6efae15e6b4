package io.litstream.ops.dashboard;

import io.litstream.topics.deadletter.DeadLetterHeaders;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What the dead-letter topic holds: counts per reason and per stage, and the latest few letters
 * with their headers and a safe preview of the payload. Bounded: counters plus {@code keep} letters.
 */
public final class DeadLetterLog {
    /** One dead letter as the dashboard shows it; every field is untrusted text. */
    public record Letter(long offset, int partition, String reason, String stage, String source, String detail,
                         String timestamp, boolean truncated, int payloadBytes, String preview) {
    }

    /** Counts and the latest letters, newest first. */
    public record Summary(long total, Map<String, Long> byReason, Map<String, Long> byStage, List<Letter> latest) {
    }

    private final int keep;
    private final Deque<Letter> latest = new ArrayDeque<>();
    private final Map<String, Long> byReason = new TreeMap<>();
    private final Map<String, Long> byStage = new TreeMap<>();
    private long total;

    public DeadLetterLog(int keep) {
        this.keep = keep;
    }

    public synchronized void add(ConsumerRecord<byte[], byte[]> r) {
        String reason = orUnknown(DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.REASON));
        String stage = orUnknown(DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.STAGE));
        total++;
        byReason.merge(reason, 1L, Long::sum);
        byStage.merge(stage, 1L, Long::sum);
        latest.addFirst(new Letter(r.offset(), r.partition(), reason, stage,
                DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.SOURCE),
                DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.DETAIL),
                DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.TIMESTAMP),
                Boolean.parseBoolean(DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.TRUNCATED)),
                r.value() == null ? 0 : r.value().length,
                SafePreview.of(r.value(), SafePreview.DEFAULT_CHARS)));
        while (latest.size() > keep) {
            latest.removeLast();
        }
    }

    public synchronized Summary summary() {
        return new Summary(total, Map.copyOf(byReason), Map.copyOf(byStage), new ArrayList<>(latest));
    }

    /** Dead letters seen for one reason, from every stage (for the metrics). */
    public synchronized long count(String reason) {
        return byReason.getOrDefault(reason, 0L);
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "UNKNOWN" : s;
    }
}
