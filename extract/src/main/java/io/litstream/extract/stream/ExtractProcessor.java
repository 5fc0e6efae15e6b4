package io.litstream.extract.stream;

import io.litstream.extract.Extractor;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import java.util.function.Supplier;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Extracts one article per record, keeping the key (the article id). A null value (a retraction)
 * is forwarded as null so downstream tables drop the article too.
 *
 * <p>Kafka Streams creates one processor per task and never calls it from two threads at once, so
 * the extractor, which is not thread-safe, is created in {@link #init} from the supplier. An
 * exception thrown by the extractor propagates to the configured {@code ProcessingExceptionHandler}
 * ({@link DeadLetterProcessingHandler}), which dead-letters the record and lets the stream go on.
 */
final class ExtractProcessor implements FixedKeyProcessor<String, RawArticle, ArticleExtraction> {
    private final Supplier<? extends Extractor> extractors;
    private FixedKeyProcessorContext<String, ArticleExtraction> context;
    private Extractor extractor;

    ExtractProcessor(Supplier<? extends Extractor> extractors) {
        this.extractors = extractors;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ArticleExtraction> context) {
        this.context = context;
        this.extractor = extractors.get();
    }

    @Override
    public void process(FixedKeyRecord<String, RawArticle> record) {
        RawArticle article = record.value();
        context.forward(record.withValue(article == null ? null : extractor.extract(article)));
    }
}
