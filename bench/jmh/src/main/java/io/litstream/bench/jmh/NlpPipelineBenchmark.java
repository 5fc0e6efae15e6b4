package io.litstream.bench.jmh;

import io.litstream.extract.nlp.NlpPipeline;
import io.litstream.extract.nlp.Paragraph;
import io.litstream.extract.nlp.Sentence;
import io.litstream.extract.nlp.Token;
import io.litstream.topics.article.RawArticle;
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
 * Extract's NLP front end over every sample article, one pass per operation: document structure,
 * OpenNLP sentence detection and the rule tokenizer ({@code sentencesAndTokens}), and the same
 * with every token's part of speech read, which forces the lazy OpenNLP tagger
 * ({@code sentencesTokensAndTags}). Articles/s, sentences/s and tokens/s come from the counters.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NlpPipelineBenchmark {
    private List<RawArticle> articles;
    private NlpPipeline pipeline;

    @Setup
    public void load() {
        articles = SampleArticles.articles();
        pipeline = new NlpPipeline(Models.english());
    }

    @Benchmark
    public void sentencesAndTokens(CorpusCounters counters, Blackhole bh) {
        for (RawArticle a : articles) {
            for (Paragraph p : pipeline.analyze(a.title(), a.text())) {
                for (Sentence s : p.sentences()) {
                    bh.consume(s.tokens().size());
                    counters.sentences++;
                    counters.tokens += s.tokens().size();
                }
            }
            counters.articles++;
        }
    }

    @Benchmark
    public void sentencesTokensAndTags(CorpusCounters counters, Blackhole bh) {
        for (RawArticle a : articles) {
            for (Paragraph p : pipeline.analyze(a.title(), a.text())) {
                for (Sentence s : p.sentences()) {
                    for (Token t : s.tokens()) {
                        bh.consume(t.pos());
                    }
                    counters.sentences++;
                    counters.tokens += s.tokens().size();
                }
            }
            counters.articles++;
        }
    }
}
