package io.litstream.launcher.watch;

import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.header.LitstreamHeaders;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** One change event as one line of text, e.g. {@code 2025-01-01T10:00:00Z  EVIDENCE_LEVEL_RAISED  ketamine  ...}. */
final class EventLine {
    private EventLine() {
    }

    static String of(ConsumerRecord<String, TherapyEvent> record) {
        TherapyEvent e = record.value();
        if (e == null) {
            return "(empty event for " + record.key() + ")";
        }
        Instant at = e.occurredAt() != null ? e.occurredAt() : Instant.ofEpochMilli(record.timestamp());
        StringBuilder line = new StringBuilder()
                .append(at).append("  ")
                .append(String.format("%-24s", e.type())).append("  ")
                .append(e.therapyId());
        if (e.before() != null || e.after() != null) {
            line.append("  ").append(e.before() == null ? "-" : e.before()).append(" -> ")
                    .append(e.after() == null ? "-" : e.after());
        }
        if (e.description() != null) {
            line.append("  ").append(e.description());
        }
        if (e.articleId() != null) {
            line.append("  [article ").append(e.articleId());
            String extractor = LitstreamHeaders.get(record.headers(), LitstreamHeaders.EXTRACTOR_VERSION);
            if (extractor != null) {
                line.append(", extractor ").append(extractor);
            }
            line.append(']');
        }
        return line.toString();
    }
}
