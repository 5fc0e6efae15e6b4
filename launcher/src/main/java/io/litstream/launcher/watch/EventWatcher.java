package io.litstream.launcher.watch;

import io.litstream.topics.Topics;
import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.serde.LitstreamSerdes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The simplest downstream service: subscribes to {@code litstream.therapies.events} and hands
 * each event to a callback, in order per therapy. Copy it as a template:
 *
 * <ul>
 *   <li>its own consumer group, so it gets every event whatever other services read, and a
 *       restart resumes where it stopped;</li>
 *   <li>{@code isolation.level=read_committed}: aggregate writes events in exactly-once
 *       transactions, and only committed ones are real — an aborted attempt is never seen;</li>
 *   <li>offsets are committed after the callback has handled a batch (at-least-once handling:
 *       after a crash the last batch comes again, so make the callback idempotent, e.g. by
 *       remembering the highest offset per partition it acted on);</li>
 *   <li>{@link #stop} from any thread (a shutdown hook) wakes the poll up and the loop closes the
 *       consumer, committing what was handled and leaving the group at once.</li>
 * </ul>
 */
public final class EventWatcher {
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, TherapyEvent> consumer;
    private volatile boolean stopped;

    /**
     * @param clientProperties bootstrap servers and any security settings
     * @param groupId          this service's consumer group
     * @param fromBeginning    a new group starts at the oldest retained event instead of the next one
     */
    public EventWatcher(Map<String, Object> clientProperties, String groupId, boolean fromBeginning) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), LitstreamSerdes.event().deserializer());
    }

    /**
     * Handles events until {@link #stop} is called or {@code maxEvents} were handled (0: no limit).
     *
     * @return how many events were handled
     */
    public long run(Set<String> types, long maxEvents, Consumer<ConsumerRecord<String, TherapyEvent>> handler) {
        long handled = 0;
        try (consumer) {
            consumer.subscribe(List.of(Topics.THERAPY_EVENTS));
            while (!stopped && (maxEvents <= 0 || handled < maxEvents)) {
                // Commit exactly what was handled (or skipped), not the whole batch: with a limit
                // the rest of the batch is left for the next run.
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (ConsumerRecord<String, TherapyEvent> record : consumer.poll(POLL)) {
                    if (maxEvents > 0 && handled >= maxEvents) {
                        break;
                    }
                    if (types.isEmpty() || (record.value() != null && record.value().type() != null
                            && types.contains(record.value().type().name()))) {
                        handler.accept(record);
                        handled++;
                    }
                    done.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                }
                if (!done.isEmpty()) {
                    consumer.commitSync(done);
                }
            }
        } catch (WakeupException e) {
            if (!stopped) {
                throw e;
            }
        }
        return handled;
    }

    /** Ends {@link #run} soon; safe from any thread. */
    public void stop() {
        stopped = true;
        try {
            consumer.wakeup();
        } catch (IllegalStateException alreadyClosed) {
            // run() has finished: nothing to wake.
        }
    }
}
