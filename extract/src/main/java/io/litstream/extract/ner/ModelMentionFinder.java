package io.litstream.extract.ner;

import io.litstream.extract.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/**
 * Runs the trained name finders over a sentence the pipeline has already tokenized: the chemical
 * model, then the intervention model with the chemicals and the sentence position as context
 * ({@link InterventionContext}).
 *
 * <p><b>Not thread-safe</b>: {@link NameFinderME} keeps per-document adaptive data and beam state,
 * so each extractor owns one finder per model; call {@link #startDocument()} before each article
 * so that one article's names do not leak into the next.
 */
public final class ModelMentionFinder {
    private final NameFinderME chemical;
    private final NameFinderME intervention;

    public ModelMentionFinder(NerModels models) {
        this.chemical = models.chemical().map(NameFinderME::new).orElse(null);
        this.intervention = models.intervention().map(NameFinderME::new).orElse(null);
    }

    public boolean hasModels() {
        return chemical != null;
    }

    public void startDocument() {
        if (chemical != null) {
            chemical.clearAdaptiveData();
        }
        if (intervention != null) {
            intervention.clearAdaptiveData();
        }
    }

    /**
     * Names in one sentence, from every model, in text order (overlapping names of different
     * models are all kept; the caller decides).
     *
     * @param sentence      the sentence text
     * @param tokens        the pipeline's tokens of it (offsets into {@code sentence})
     * @param sentenceIndex the sentence's position in its document
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
        Span[] chemicals = chemical.find(words);
        add(out, sentence, pieces, chemicals);
        if (intervention != null) {
            add(out, sentence, pieces,
                    intervention.find(words, InterventionContext.of(words.length, sentenceIndex, chemicals)));
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
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
