package io.litstream.extract.nlp;

import java.util.function.IntFunction;

/**
 * One token of a sentence with its part-of-speech tag. The tag is looked up when first asked
 * for ({@link LazyTokens}): offsets and text cost nothing, tagging the sentence does.
 *
 * <p>Read a token on the thread that analysed its sentence (tagging uses that thread's tagger).
 */
public final class Token {
    private final String text;
    private final int start;
    private final int end;
    private final int index;
    private final IntFunction<String> tags;

    /** A token with a known tag. */
    public Token(String text, int start, int end, String pos) {
        this(text, start, end, 0, i -> pos);
    }

    Token(String text, int start, int end, int index, IntFunction<String> tags) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.index = index;
        this.tags = tags;
    }

    /** The token as written. */
    public String text() {
        return text;
    }

    /** Offset in the sentence text. */
    public int start() {
        return start;
    }

    /** End offset (exclusive) in the sentence text. */
    public int end() {
        return end;
    }

    /** The POS tag as the model emits it (Penn Treebank or Universal Dependencies tags). */
    public String pos() {
        return tags.apply(index);
    }

    /** Verbs, auxiliaries and modals: a sentence without one states no finding. */
    public boolean isVerb() {
        String pos = pos();
        return pos.startsWith("VB") || pos.equals("MD") || pos.equals("VERB") || pos.equals("AUX");
    }

    @Override
    public String toString() {
        return text + "[" + start + "," + end + ")";
    }
}
