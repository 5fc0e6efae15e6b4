package io.litstream.bench.jmh;

import io.litstream.extract.ArticleExtractor;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.serde.JsonSerde;
import io.litstream.topics.serde.LitstreamSerdes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole per-article extraction over every sample article, one pass per operation:
 * {@link ArticleExtractor#extract} alone, and the record path the extract stage runs for each
 * Kafka record without Kafka (raw bytes read, extracted, extraction written).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {
    private final JsonSerde<RawArticle> rawSerde = LitstreamSerdes.rawArticle();
    private final JsonSerde<ArticleExtraction> extractionSerde = LitstreamSerdes.extraction();
    private List<RawArticle> articles;
    private List<byte[]> records;
    private ArticleExtractor extractor;

    @Setup
    public void load() {
        articles = SampleArticles.articles();
        records = articles.stream().map(rawSerde::toBytes).toList();
        extractor = Models.extractor();
    }

    @Benchmark
    public void extractArticle(CorpusCounters counters, Blackhole bh) {
        for (RawArticle a : articles) {
            ArticleExtraction e = extractor.extract(a);
            bh.consume(e);
            count(counters, e);
        }
    }

    @Benchmark
    public void recordPath(CorpusCounters counters, Blackhole bh) {
        for (byte[] record : records) {
            ArticleExtraction e = extractor.extract(rawSerde.fromBytes(record));
            bh.consume(extractionSerde.toBytes(e));
            count(counters, e);
        }
    }

    private static void count(CorpusCounters counters, ArticleExtraction e) {
        counters.articles++;
        counters.sentences += e.sentenceCount();
        counters.tokens += e.tokenCount();
    }
}
