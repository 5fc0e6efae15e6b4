package io.litstream.bench.jmh;

import io.litstream.extract.lexicon.Lexicon;
import io.litstream.extract.lexicon.LexiconMatcher;
import io.litstream.extract.ner.ModelMentionFinder;
import io.litstream.extract.ner.NerModels;
import io.litstream.extract.nlp.NlpPipeline;
import io.litstream.extract.nlp.Sentence;
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
 * Finding therapies and mechanisms in every sentence of the sample articles, one pass per
 * operation: the lexicon matcher (with each article's abbreviations, as extraction calls it) and
 * the trained chemical/intervention name finders the extractor runs ({@link NerModels#forExtraction()}).
 * Sentences are split and tokenised once in the setup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EntityFindingBenchmark {
    private List<AnalysedCorpus> corpus;
    private LexiconMatcher matcher;
    private ModelMentionFinder nameFinder;

    @Setup
    public void load() {
        matcher = new LexiconMatcher(Lexicon.shared());
        corpus = AnalysedCorpus.of(SampleArticles.articles(), new NlpPipeline(Models.english()), matcher);
        nameFinder = new ModelMentionFinder(NerModels.shipped().forExtraction());
        if (!nameFinder.hasModels()) {
            throw new IllegalStateException("the shipped name finder models are missing");
        }
    }

    @Benchmark
    public void lexiconMatching(CorpusCounters counters, Blackhole bh) {
        for (AnalysedCorpus article : corpus) {
            for (Sentence s : article.sentences()) {
                bh.consume(matcher.match(s.text(), article.shortForms()));
            }
            count(counters, article);
        }
    }

    @Benchmark
    public void nameFinder(CorpusCounters counters, Blackhole bh) {
        for (AnalysedCorpus article : corpus) {
            nameFinder.startDocument();
            for (Sentence s : article.sentences()) {
                bh.consume(nameFinder.find(s.text(), s.tokens(), s.index()));
            }
            count(counters, article);
        }
    }

    static void count(CorpusCounters counters, AnalysedCorpus article) {
        counters.articles++;
        counters.sentences += article.sentences().size();
        counters.tokens += article.tokens();
    }
}
