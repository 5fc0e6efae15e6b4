package io.litstream.extract.claims;

import io.litstream.extract.nlp.Sentence;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The cue rules' reading of each sentence of one document, made at most once and only when first
 * asked for. The name finder's filter ("does this sentence state a finding?") and the claim
 * extractor ask about the same sentences; the regular expressions are the costliest rules, so
 * they run once per sentence, not once per asker. One per document; not thread-safe.
 */
public final class SentenceReadings {
    /** Longer "sentences" are run-on page text, not findings; reading them costs much and yields nothing. */
    static final int MAX_SENTENCE_CHARS = 1500;

    private final ClaimRules rules;
    private final Map<Sentence, SentenceReading> read = new IdentityHashMap<>();

    SentenceReadings(ClaimRules rules) {
        this.rules = rules;
    }

    /**
     * @param hasMechanism whether the lexicon found a mechanism in the sentence; every asker passes
     *                     the same answer for the same sentence, so it is not part of the key
     */
    public SentenceReading of(Sentence sentence, boolean hasMechanism) {
        return read.computeIfAbsent(sentence, s -> s.text().length() > MAX_SENTENCE_CHARS
                ? SentenceReading.NONE : rules.read(s.text(), hasMechanism));
    }

    /** Whether the sentence states a finding of at least one claim type (what the name finder's filter asks). */
    public boolean statesFinding(Sentence sentence, boolean hasMechanism) {
        SentenceReading reading = of(sentence, hasMechanism);
        return reading.finding() && !reading.types().isEmpty();
    }
}
