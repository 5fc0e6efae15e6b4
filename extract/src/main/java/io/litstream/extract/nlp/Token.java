package io.litstream.extract.nlp;

/**
 * One OpenNLP token with its part-of-speech tag.
 *
 * @param text  the token as written
 * @param start offset in the sentence text
 * @param end   end offset (exclusive) in the sentence text
 * @param pos   the POS tag as the model emits it (Universal Dependencies tags for the 1.3 English models)
 */
public record Token(String text, int start, int end, String pos) {
    /** Verbs, auxiliaries and modals: a sentence without one states no finding. */
    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD") || pos.equals("VERB") || pos.equals("AUX");
    }
}
