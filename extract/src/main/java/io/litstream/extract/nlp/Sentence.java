package io.litstream.extract.nlp;

import java.util.List;

/**
 * One sentence of a block.
 *
 * @param index  position among all sentences of the article (0-based)
 * @param text   the sentence text
 * @param start  offset of the sentence in its block's text
 * @param end    end offset (exclusive) in its block's text
 * @param tokens tokens with POS tags, offsets relative to {@link #text()}; from {@link NlpPipeline}
 *               they are tagged on first access, so read them on the thread that made the sentence
 */
public record Sentence(int index, String text, int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = tokens instanceof LazyTokens ? tokens : List.copyOf(tokens);
    }

    /** Whether any token is a verb (finite or not). */
    public boolean hasVerb() {
        if (tokens instanceof LazyTokens lazy && lazy.hasAuxiliary()) {
            return true;
        }
        return tokens.stream().anyMatch(Token::isVerb);
    }
}
