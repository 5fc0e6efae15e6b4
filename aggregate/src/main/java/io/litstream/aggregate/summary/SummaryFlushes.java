package io.litstream.aggregate.summary;

import io.litstream.topics.summary.TherapySummary;
import java.util.function.UnaryOperator;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * Sends a therapy's summary downstream when the summary store writes it out (at every commit:
 * {@link WriteBehindStore}) rather than after every change: a busy therapy changes
 * many times between two commits, and its summary is the largest record the pipeline writes
 * (in the benchmark, the summaries topic took two fifths of all bytes the broker stored). What a
 * compacted-topic reader ends up with is unchanged; it just skips the states in between, as with
 * any cached KTable.
 *
 * <p>Kafka Streams' DSL does exactly this for its cached tables, but the processor API has no
 * public hook for it, so this uses the two internal interfaces the DSL uses (the store's flush
 * listener and the context's current node). They are pinned by the Kafka version in the build;
 * if a store or context ever lacks them, {@link #install} returns false and the caller forwards
 * every change itself, as before.
 */
final class SummaryFlushes {
    private SummaryFlushes() {
    }

    /**
     * Has {@code store}'s cache forward each summary it writes out to {@code child} of the
     * processor being initialised, as a change to that summary passed through {@code stamp};
     * false when the store has no cache. Call from {@code Processor#init}, while the context's
     * current node is the caller.
     */
    static boolean install(KeyValueStore<String, TherapySummary> store,
                           ProcessorContext<String, SummaryChange> context, String child,
                           UnaryOperator<Record<String, SummaryChange>> stamp) {
        if (!(store instanceof WrappedStateStore<?, ?, ?> wrapped)
                || !(context instanceof InternalProcessorContext<?, ?> internal)) {
            return false;
        }
        ProcessorNode<?, ?, ?, ?> owner = internal.currentNode();
        CacheFlushListener<String, TherapySummary> listener = record -> {
            // A flush at commit time runs outside any processor: forward as the owner.
            ProcessorNode<?, ?, ?, ?> previous = internal.currentNode();
            internal.setCurrentNode(owner);
            try {
                context.forward(stamp.apply(record.withValue(
                        new SummaryChange(record.value().oldValue, record.value().newValue))), child);
            } finally {
                internal.setCurrentNode(previous);
            }
        };
        @SuppressWarnings("unchecked")
        WrappedStateStore<?, String, TherapySummary> summaries = (WrappedStateStore<?, String, TherapySummary>) wrapped;
        return summaries.setFlushListener(listener, false);
    }
}
