package io.litstream.extract.stream;

import static io.litstream.topics.PipelineTopics.EXTRACTIONS;
import static io.litstream.topics.PipelineTopics.RAW_ARTICLES;

import io.litstream.extract.ArticleExtractor;
import io.litstream.extract.Extractor;
import io.litstream.topics.Topics;
import java.util.function.Supplier;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The extract stage: raw articles in, one extraction per article out, keyed by article id.
 *
 * <pre>
 *   litstream.articles.raw  (String id, RawArticle JSON; null = retracted)
 *     -> extract            (per-task extractor; null passes through)
 *     -> litstream.articles.extracted  (String id, ArticleExtraction JSON; null = retracted)
 * </pre>
 *
 * Failures do not appear in the topology: records that cannot be deserialized or that make the
 * extractor throw are sent to {@link Topics#DEAD_LETTERS} by the exception handlers that
 * {@link ExtractStreamsConfig} configures (Kafka Streams' own dead-letter support, KIP-1034).
 */
public final class ExtractTopology {
    /** Name of the extraction processor node, as it appears in dead-letter diagnostics. */
    public static final String EXTRACT_NODE = "extract";

    private ExtractTopology() {
    }

    /** The topology with the real extractor (one {@link ArticleExtractor} per stream task). */
    public static Topology build() {
        return build(ArticleExtractor.supplier());
    }

    /**
     * The topology with the given extractors.
     *
     * @param extractors called once per stream task; each call must return an instance that task
     *                   may use without synchronisation
     */
    public static Topology build(Supplier<? extends Extractor> extractors) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(RAW_ARTICLES.name(), Consumed.with(RAW_ARTICLES.keySerde(), RAW_ARTICLES.valueSerde()))
                .processValues(() -> new ExtractProcessor(extractors), Named.as(EXTRACT_NODE))
                .to(EXTRACTIONS.name(), Produced.with(EXTRACTIONS.keySerde(), EXTRACTIONS.valueSerde()));
        return builder.build();
    }
}
