package io.litstream.extract.nlp;

import java.util.AbstractList;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.UnaryOperator;
import opennlp.tools.util.Span;

/**
 * A sentence's tokens, whose part-of-speech tags are computed when the first tag is asked for:
 * only the few sentences the claim rules look at closely need tags, and tagging is the costliest
 * step of the pipeline. Texts and offsets are there from the start.
 *
 * <p>Unmodifiable; <b>not thread-safe</b> until tagged, like the {@link NlpPipeline} whose
 * tagger it calls, so a sentence is read by the thread that analysed it.
 */
final class LazyTokens extends AbstractList<Token> implements RandomAccess {
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "been", "being", "has",
            "have", "had", "does", "did", "might", "could", "would", "should", "must", "shall", "cannot");
    /**
     * Finite verbs frequent in findings, which the tagger reads as verbs wherever they stand;
     * lower-case only, since "May" may be a month and "Will" a name.
     */
    private static final Set<String> FINITE_VERBS = Set.of("may", "can", "will", "shows", "showed", "suggests",
            "suggested", "indicates", "indicated", "demonstrates", "demonstrated", "appears", "appeared", "remains",
            "remained", "seems", "seemed", "found", "reported", "concluded", "reduces", "improves", "increases",
            "decreases", "helps", "helped", "works", "worked", "causes", "leads", "led", "provides", "offers");
    private final String[] words;
    private final Token[] tokens;
    private UnaryOperator<String[]> tagger;
    private String[] tags;

    LazyTokens(String[] words, Span[] spans, UnaryOperator<String[]> tagger) {
        this.words = words;
        this.tagger = tagger;
        this.tokens = new Token[words.length];
        for (int i = 0; i < words.length; i++) {
            tokens[i] = new Token(words[i], spans[i].getStart(), spans[i].getEnd(), i, this::tag);
        }
    }

    private String tag(int index) {
        if (tags == null) {
            tags = tagger.apply(words);
            tagger = null;
        }
        return tags[index];
    }

    /**
     * Whether a word is an unambiguous auxiliary, modal or finite verb ("is", "could", "showed"), which answers
     * {@link Sentence#hasVerb()} without tagging.
     */
    boolean hasAuxiliary() {
        for (String w : words) {
            if (AUXILIARIES.contains(w.toLowerCase(Locale.ROOT)) || FINITE_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Token get(int index) {
        return tokens[index];
    }

    @Override
    public int size() {
        return tokens.length;
    }
}
