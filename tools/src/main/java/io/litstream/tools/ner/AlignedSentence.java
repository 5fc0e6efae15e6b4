package io.litstream.tools.ner;

import io.litstream.extract.ner.TokenSpans;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * One tokenized sentence of an annotated document, with its gold mentions as token spans.
 *
 * @param documentId    the document it comes from
 * @param firstOfDocument whether it opens its document (the name finder's adaptive data is cleared there)
 * @param text          the document text the offsets point into
 * @param tokens        token character spans in {@code text}
 * @param names         gold mentions as token spans (only those that align with token boundaries)
 */
public record AlignedSentence(String documentId, boolean firstOfDocument, String text, Span[] tokens,
                              List<Span> names) {
    public AlignedSentence {
        tokens = tokens.clone();
        names = List.copyOf(names);
    }

    public String[] words() {
        return TokenSpans.texts(text, tokens);
    }

    public NameSample toNameSample() {
        return new NameSample(documentId, words(), names.toArray(Span[]::new), null, firstOfDocument);
    }
}
