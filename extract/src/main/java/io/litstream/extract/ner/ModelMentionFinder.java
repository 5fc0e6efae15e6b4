package io.litstream.extract.ner;

import io.litstream.extract.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/**
 * Runs the trained chemical name finder over a sentence the pipeline has already tokenized. (The
 * intervention model reads whole documents and is run by {@link InterventionTagger}, not here.)
 *
 * <p><b>Not thread-safe</b>: {@link NameFinderME} keeps per-document adaptive data and beam state,
 * so each extractor owns one finder per model; call {@link #startDocument()} before each article
 * so that one article's names do not leak into the next.
 */
public final class ModelMentionFinder {
    private final NameFinderME chemical;

    public ModelMentionFinder(NerModels models) {
        this.chemical = models.chemical().map(NameFinderME::new).orElse(null);
    }

    public boolean hasModels() {
        return chemical != null;
    }

    public void startDocument() {
        if (chemical != null) {
            chemical.clearAdaptiveData();
        }
    }

    /**
     * Chemical names in one sentence, in text order.
     *
     * @param sentence      the sentence text
     * @param tokens        the pipeline's tokens of it (offsets into {@code sentence})
     * @param sentenceIndex the sentence's position in its document (the chemical model does not read it)
     */
    public List<ModelMention> find(String sentence, List<Token> tokens, int sentenceIndex) {
        if (chemical == null || tokens.isEmpty()) {
            return List.of();
        }
        Span[] spans = new Span[tokens.size()];
        for (int i = 0; i < spans.length; i++) {
            spans[i] = new Span(tokens.get(i).start(), tokens.get(i).end());
        }
        Span[] pieces = NerTokenizer.refine(sentence, spans);
        String[] words = TokenSpans.texts(sentence, pieces);
        List<ModelMention> out = new ArrayList<>();
        add(out, sentence, pieces, chemical.find(words));
        return out;
    }

    private static void add(List<ModelMention> out, String sentence, Span[] pieces, Span[] names) {
        for (Span name : names) {
            Span chars = TokenSpans.toChars(pieces, name);
            out.add(new ModelMention(sentence.substring(chars.getStart(), chars.getEnd()), chars.getStart(),
                    chars.getEnd(), name.getType(), name.length()));
        }
    }
}
