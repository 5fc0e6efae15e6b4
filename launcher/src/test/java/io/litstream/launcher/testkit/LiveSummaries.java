package io.litstream.launcher.testkit;

import io.litstream.aggregate.query.StoreUnavailableException;
import io.litstream.launcher.pipeline.Pipeline;
import io.litstream.topics.Topics;
import io.litstream.topics.summary.TherapySummary;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** What an IT asks of a running pipeline's summaries: live article counts, change events, and waiting for them. */
public final class LiveSummaries {
    private LiveSummaries() {
    }

    /** The therapy's live article count: 0 without a summary, -1 while the stores are not queryable (a rebalance). */
    public static long articleCount(Pipeline pipeline, String therapy) {
        try {
            Optional<TherapySummary> summary = pipeline.summaries().orElseThrow().get(therapy);
            return summary.map(TherapySummary::articleCount).orElse(0L).longValue();
        } catch (StoreUnavailableException e) {
            return -1;
        }
    }

    /** The committed change events of {@code type} naming {@code articleId}, of one therapy or (null) of any. */
    public static long events(KafkaTestCluster kafka, String type, String articleId, String therapy) {
        return CommittedTopic.read(kafka.clientProperties(), Topics.THERAPY_EVENTS, Duration.ofSeconds(30)).stream()
                .filter(r -> therapy == null || therapy.equals(r.key()))
                .map(r -> r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8))
                .filter(v -> v.contains(type) && v.contains(articleId))
                .count();
    }

    /** Waits up to 90 s for {@code condition}; fails naming {@code what}. */
    public static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out: " + what);
            }
            Thread.sleep(200);
        }
    }
}
