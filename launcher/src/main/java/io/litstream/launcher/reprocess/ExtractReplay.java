package io.litstream.launcher.reprocess;

import io.litstream.extract.stream.ExtractStreamsConfig;
import io.litstream.topics.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * Rewinds the extract stage to the beginning of the raw articles, so that its next start
 * re-extracts every article with the extractor it now has.
 *
 * <p>Why this is safe: the raw topic is compacted and keyed by article id, so the beginning holds
 * the latest version of every article (and the tombstones of retracted ones); extract is
 * stateless, so its committed offsets are its whole state; and aggregate treats extractions as a
 * table — a re-extracted article replaces its earlier contribution (subtract old, add new), it is
 * never counted twice. The log order is kept, so a newer version of an article is re-extracted
 * after an older one, as it was the first time. The summaries' {@code extractorVersions} shows
 * the convergence: done when only the new version is left.
 *
 * <p>The offsets of a consumer group can only be moved while it has no members: the extract
 * stage must be stopped, everywhere.
 */
public final class ExtractReplay {
    private static final long TIMEOUT_SECONDS = 30;

    private final Admin admin;
    private final String groupId;

    public ExtractReplay(Admin admin) {
        this(admin, ExtractStreamsConfig.APPLICATION_ID);
    }

    ExtractReplay(Admin admin, String groupId) {
        this.admin = admin;
        this.groupId = groupId;
    }

    /** What a replay will re-read: per partition, from where to where. */
    public record Plan(Map<TopicPartition, Long> from, Map<TopicPartition, Long> committed, Map<TopicPartition, Long> end) {
        /** Records extract will read again (tombstones and compacted-away gaps included in the count). */
        public long records() {
            return end.entrySet().stream().mapToLong(e -> e.getValue() - from.getOrDefault(e.getKey(), 0L)).sum();
        }
    }

    /** The extract stage still has members: it must be stopped first. */
    public static final class ExtractStillRunningException extends IllegalStateException {
        public ExtractStillRunningException(String message) {
            super(message);
        }
    }

    /** What {@link #rewind} would do, changing nothing. */
    public Plan plan() throws InterruptedException, ExecutionException, TimeoutException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.RAW_ARTICLES)).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(Topics.RAW_ARTICLES).partitions().stream()
                .map(p -> new TopicPartition(Topics.RAW_ARTICLES, p.partition())).toList();
        Map<TopicPartition, Long> earliest = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> latest = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> committed = new HashMap<>();
        admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .forEach((tp, om) -> {
                    if (om != null && tp.topic().equals(Topics.RAW_ARTICLES)) {
                        committed.put(tp, om.offset());
                    }
                });
        return new Plan(earliest, committed, latest);
    }

    /**
     * Moves the extract stage's offsets on the raw articles to the beginning.
     *
     * @throws ExtractStillRunningException when an extract instance is still in the group
     */
    public Plan rewind() throws InterruptedException, ExecutionException, TimeoutException {
        requireStopped();
        Plan plan = plan();
        Map<TopicPartition, OffsetAndMetadata> target = new HashMap<>();
        plan.from().forEach((tp, offset) -> target.put(tp, new OffsetAndMetadata(offset)));
        admin.alterConsumerGroupOffsets(groupId, target).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return plan;
    }

    private void requireStopped() throws InterruptedException, ExecutionException, TimeoutException {
        ConsumerGroupDescription group;
        try {
            group = admin.describeConsumerGroups(List.of(groupId)).all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(groupId);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return;
            }
            throw e;
        }
        if (group != null && !group.members().isEmpty()) {
            throw new ExtractStillRunningException("the extract stage is running (" + group.members().size()
                    + " member(s) in group " + groupId + ", state " + group.groupState()
                    + "): stop every `litstream run` that runs extract, then reprocess");
        }
        if (group != null && group.groupState() != GroupState.EMPTY && group.groupState() != GroupState.DEAD) {
            throw new ExtractStillRunningException("group " + groupId + " is " + group.groupState()
                    + ": wait until the extract stage has stopped, then reprocess");
        }
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, Long> out = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResultInfo> e : admin.listOffsets(request).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).entrySet()) {
            out.put(e.getKey(), e.getValue().offset());
        }
        return out;
    }
}
