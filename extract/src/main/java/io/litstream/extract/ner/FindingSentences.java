package io.litstream.extract.ner;

import io.litstream.extract.nlp.Sentence;

/**
 * Whether a sentence states a finding of some claim type: {@link ModelTherapies} keeps a model's
 * name only there. Asked, not computed, here: the answer comes from the claim rules, a later step
 * that entity finding must not depend on, so the extractor that runs both hands it in.
 */
@FunctionalInterface
public interface FindingSentences {
    /**
     * @param hasMechanism whether the lexicon found a mechanism in the sentence
     */
    boolean statesFinding(Sentence sentence, boolean hasMechanism);
}
