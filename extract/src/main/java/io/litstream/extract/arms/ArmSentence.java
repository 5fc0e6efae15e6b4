package io.litstream.extract.arms;

import io.litstream.extract.lexicon.Match;
import java.util.List;

/**
 * A sentence the tagger reads, as the extractor saw it.
 *
 * @param text      the sentence
 * @param offset    where it starts in the article text ({@link TextLocator}), -1 when it is not
 *                  there verbatim (its arms are then left out: their offsets would be wrong)
 * @param therapies the therapies the lexicon and the name finder found in it, offsets into {@code text}
 */
public record ArmSentence(String text, int offset, List<Match> therapies) {
    public ArmSentence {
        therapies = List.copyOf(therapies);
    }
}
