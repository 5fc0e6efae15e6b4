package io.litstream.tools.eval.claims;

import java.util.Optional;

/**
 * Where a labelled sentence is: character offsets into the file the extractor reads (articles),
 * or the sentence's text, to be found in what ingest's cleaner made of the page (pages: their
 * offsets are into raw markup the extractor never sees).
 */
record LabelledSentence(Span span, String text) {
    static LabelledSentence at(Span span) {
        return new LabelledSentence(span, null);
    }

    static LabelledSentence reading(String text) {
        return new LabelledSentence(null, text);
    }

    /** Its span in {@code reference}, the text claims are located in; empty when it cannot be found there. */
    Optional<Span> in(NormalisedText reference) {
        if (span != null) {
            return Optional.of(span);
        }
        return reference.find(text).stream().findFirst();
    }
}
