package io.litstream.bench.jmh;

import io.litstream.extract.claims.ClaimRules;
import io.litstream.extract.lexicon.EntityKind;
import io.litstream.extract.lexicon.Lexicon;
import io.litstream.extract.lexicon.LexiconMatcher;
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
 * Claim classification: {@link ClaimRules#read} (efficacy, safety, regulatory, mechanism cues,
 * hedges, findings) over every sentence of the sample articles, one pass per operation; the
 * sentence says whether it names a mechanism, as the extractor does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClaimRulesBenchmark {
    private List<AnalysedCorpus> corpus;
    private List<Boolean> namesMechanism;
    private final ClaimRules rules = new ClaimRules();

    @Setup
    public void load() {
        LexiconMatcher matcher = new LexiconMatcher(Lexicon.shared());
        corpus = AnalysedCorpus.of(SampleArticles.articles(), new NlpPipeline(Models.english()), matcher);
        namesMechanism = corpus.stream().flatMap(a -> a.sentences().stream())
                .map(s -> matcher.match(s.text()).stream()
                        .anyMatch(m -> m.kind() == EntityKind.MECHANISM))
                .toList();
    }

    @Benchmark
    public void readEverySentence(CorpusCounters counters, Blackhole bh) {
        int i = 0;
        for (AnalysedCorpus article : corpus) {
            for (Sentence s : article.sentences()) {
                bh.consume(rules.read(s.text(), namesMechanism.get(i++)));
            }
            EntityFindingBenchmark.count(counters, article);
        }
    }
}
