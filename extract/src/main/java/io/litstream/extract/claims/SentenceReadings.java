package io.litstream.extract.claims;

import io.litstream.extract.nlp.Sentence;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.Polarity;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The cue rules' reading of each sentence of one document, made at most once and only when first
 * asked for. The name finder's filter ("does this sentence state a finding?") and the claim
 * extractor ask about the same sentences; the regular expressions are the costliest rules, so
 * they run once per sentence, not once per asker. One per document; not thread-safe.
 *
 * <p>A trial report's results are mostly written about an outcome the cue words do not know
 * ("migration was lower in the denosumab group", "the ROSC rate was significantly higher with
 * X than with Y (P = 0.01)"). In a trial report ({@link #ofTrialReport}) a sentence that states
 * a comparison or its significance and that the cue words give no efficacy or safety reading
 * is read as a trial result ({@link ClaimRules#resultPolarity}): an efficacy finding whose
 * polarity the claim's direction then settles.
 */
public final class SentenceReadings {
    /** Longer "sentences" are run-on page text, not findings; reading them costs much and yields nothing. */
    static final int MAX_SENTENCE_CHARS = 1500;
    /** A result states what it compared with, or how significant it was. */
    private static final Pattern RESULT_STATED = Pattern.compile("\\b(?:than|versus|vs|compared (?:with|to)"
            + "|relative to|in comparison (?:with|to)|significan\\w*|p\\s*[<=>\u2264\u2265]|95\\s*%|ci\\b"
            + "|confidence interval|odds ratio|hazard ratio|relative risk)");
    /** What the arms were at enrolment, not what the treatments did. */
    private static final Pattern NOT_A_RESULT = Pattern.compile("\\b(?:at baseline|baseline (?:characteristics|values"
            + "|data)|were (?:randomi[sz]ed|assigned|allocated|enrolled|recruited)|demographic|sample size|power"
            + " calculation|powered to|was calculated)\\b");

    private final ClaimRules rules;
    private final Map<Sentence, SentenceReading> read = new IdentityHashMap<>();
    private final Map<Sentence, SentenceReading> asResult = new IdentityHashMap<>();

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

    /**
     * As {@link #of}, for a sentence of a trial report: a stated comparison or significance the
     * cue words give no efficacy or safety reading is an efficacy result.
     */
    SentenceReading ofTrialReport(Sentence sentence, boolean hasMechanism) {
        SentenceReading cues = of(sentence, hasMechanism);
        if (!cues.finding() || cues.types().containsKey(ClaimType.EFFICACY) || cues.types().containsKey(ClaimType.SAFETY)
                || sentence.text().length() > MAX_SENTENCE_CHARS) {
            return cues;
        }
        return asResult.computeIfAbsent(sentence, s -> asResult(s.text(), cues));
    }

    private SentenceReading asResult(String text, SentenceReading cues) {
        String lower = ClaimRules.normalise(text);
        if (!RESULT_STATED.matcher(lower).find() || NOT_A_RESULT.matcher(lower).find()) {
            return cues;
        }
        Polarity result = rules.resultPolarity(text);
        if (result == null) {
            return cues;
        }
        Map<ClaimType, Polarity> types = new EnumMap<>(ClaimType.class);
        types.putAll(cues.types());
        types.put(ClaimType.EFFICACY, result);
        return new SentenceReading(types, cues.hedged(), true);
    }

    /** Whether the sentence states a finding of at least one claim type (what the name finder's filter asks). */
    public boolean statesFinding(Sentence sentence, boolean hasMechanism) {
        SentenceReading reading = of(sentence, hasMechanism);
        return reading.finding() && !reading.types().isEmpty();
    }
}
