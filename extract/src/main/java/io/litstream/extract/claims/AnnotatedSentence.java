package io.litstream.extract.claims;

import io.litstream.extract.lexicon.Match;
import io.litstream.extract.nlp.Sentence;
import io.litstream.extract.structure.Block;
import java.util.List;

/**
 * A sentence with the therapies and mechanisms the lexicon found in it.
 *
 * @param sentence   the sentence (index, text, tokens)
 * @param block      the block it stands in (kind, section, lead-in)
 * @param therapies  therapy mentions, in text order
 * @param mechanisms mechanism mentions, in text order
 */
public record AnnotatedSentence(Sentence sentence, Block block, List<Match> therapies, List<Match> mechanisms) {
    public AnnotatedSentence {
        therapies = List.copyOf(therapies);
        mechanisms = List.copyOf(mechanisms);
    }

    public String text() {
        return sentence.text();
    }
}
