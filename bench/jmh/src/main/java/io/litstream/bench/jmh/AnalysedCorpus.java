package io.litstream.bench.jmh;

import io.litstream.extract.abbreviation.DocumentAbbreviations;
import io.litstream.extract.lexicon.LexiconMatcher;
import io.litstream.extract.lexicon.ShortForm;
import io.litstream.extract.nlp.NlpPipeline;
import io.litstream.extract.nlp.Paragraph;
import io.litstream.extract.nlp.Sentence;
import io.litstream.topics.article.RawArticle;
import java.util.List;

/**
 * One sample article after the NLP front end, as the later extraction steps receive it: its
 * sentences and the abbreviations it defines.
 */
record AnalysedCorpus(List<Sentence> sentences, List<ShortForm> shortForms, int tokens) {

    static List<AnalysedCorpus> of(List<RawArticle> articles, NlpPipeline pipeline, LexiconMatcher matcher) {
        DocumentAbbreviations abbreviations = new DocumentAbbreviations(matcher);
        return articles.stream().map(a -> {
            List<Sentence> sentences = pipeline.analyze(a.title(), a.text()).stream()
                    .flatMap((Paragraph p) -> p.sentences().stream()).toList();
            List<ShortForm> shortForms = abbreviations.resolve(sentences.stream().map(Sentence::text).toList());
            return new AnalysedCorpus(sentences, shortForms, sentences.stream().mapToInt(s -> s.tokens().size()).sum());
        }).toList();
    }
}
