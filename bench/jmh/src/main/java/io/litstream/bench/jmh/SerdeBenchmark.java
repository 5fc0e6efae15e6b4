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

/**
 * The topics' JSON serdes, one record per operation (cycling through the sample articles and
 * their real extractions): a RawArticle and an ArticleExtraction, each written and read back.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SerdeBenchmark {
    private final JsonSerde<RawArticle> rawSerde = LitstreamSerdes.rawArticle();
    private final JsonSerde<ArticleExtraction> extractionSerde = LitstreamSerdes.extraction();
    private List<RawArticle> articles;
    private List<ArticleExtraction> extractions;
    private int next;

    @Setup
    public void load() {
        articles = SampleArticles.articles();
        ArticleExtractor extractor = Models.extractor();
        extractions = articles.stream().map(extractor::extract).toList();
        for (int i = 0; i < articles.size(); i++) {
            if (!rawSerde.fromBytes(rawSerde.toBytes(articles.get(i))).equals(articles.get(i))
                    || !extractionSerde.fromBytes(extractionSerde.toBytes(extractions.get(i))).equals(extractions.get(i))) {
                throw new IllegalStateException("the serdes do not round-trip sample " + i);
            }
        }
    }

    private int nextIndex() {
        next = next + 1 == articles.size() ? 0 : next + 1;
        return next;
    }

    @Benchmark
    public RawArticle rawArticleRoundTrip() {
        return rawSerde.fromBytes(rawSerde.toBytes(articles.get(nextIndex())));
    }

    @Benchmark
    public ArticleExtraction extractionRoundTrip() {
        return extractionSerde.fromBytes(extractionSerde.toBytes(extractions.get(nextIndex())));
    }
}
