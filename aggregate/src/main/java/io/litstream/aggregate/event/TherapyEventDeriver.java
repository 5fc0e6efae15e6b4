package io.litstream.aggregate.event;

import io.litstream.aggregate.summary.SummaryChange;
import io.litstream.aggregate.summary.SummaryUpdater;
import io.litstream.topics.Topics;
import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.header.LitstreamHeaders;
import io.litstream.topics.header.LitstreamHeaders.ArticleChange;
import io.litstream.topics.schema.TopicSchemas;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Turns each summary change into change events ({@link EventRules}).
 *
 * <p>The change carries the summary before and after one contribution changed
 * ({@link SummaryUpdater}), so nothing needs remembering here: the events of a change go out in
 * the same exactly-once transaction as the summary stores' writes, and after a crash the
 * uncommitted changes are applied again to the restored stores and give the same events, once.
 * The headers of the change name the article behind it and what happened to it.
 */
public final class TherapyEventDeriver implements Processor<String, SummaryChange, String, TherapyEvent> {
    private static final String SCHEMA_VERSION = Integer.toString(
            TopicSchemas.of(Topics.THERAPY_EVENTS).orElseThrow().version());

    private final EventRules rules;
    private ProcessorContext<String, TherapyEvent> context;

    private TherapyEventDeriver(EventRules rules) {
        this.rules = rules;
    }

    /** The processor, ready for {@code KStream#process}. */
    public static ProcessorSupplier<String, SummaryChange, String, TherapyEvent> supplier(EventRules rules) {
        return () -> new TherapyEventDeriver(rules);
    }

    @Override
    public void init(ProcessorContext<String, TherapyEvent> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, SummaryChange> record) {
        String therapyId = record.key();
        if (therapyId == null || record.value() == null) {
            return;
        }
        ChangeCause cause = new ChangeCause(
                LitstreamHeaders.get(record.headers(), LitstreamHeaders.ARTICLE_ID),
                ArticleChange.RETRACTED.name().equals(
                        LitstreamHeaders.get(record.headers(), LitstreamHeaders.ARTICLE_CHANGE)),
                LitstreamHeaders.get(record.headers(), LitstreamHeaders.EXTRACTOR_VERSION),
                Instant.ofEpochMilli(record.timestamp()));
        for (TherapyEvent event : rules.between(therapyId, record.value().before(), record.value().after(), cause)) {
            Headers headers = new RecordHeaders(record.headers().toArray());
            LitstreamHeaders.set(headers, LitstreamHeaders.SCHEMA_VERSION, SCHEMA_VERSION);
            context.forward(new Record<>(therapyId, event, record.timestamp(), headers));
        }
    }
}
