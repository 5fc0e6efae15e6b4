package io.litstream.extract.ner;

import opennlp.tools.util.Span;

/**
 * The extra per-token context the intervention model sees, through OpenNLP's additional-context
 * features (the name finder looks at them in a window of eight tokens either side):
 * <ul>
 *   <li>{@code chem}: the chemical model marks the token as part of a chemical. Most trial
 *       interventions are drugs, and the chemical model was trained on other data (BC5CDR), so
 *       this adds what it knows about drug names without leaking evaluation data;</li>
 *   <li>{@code s0} … {@code s3}: where the sentence stands in its document (the title and first
 *       sentences of an abstract name the intervention far more often than the rest).</li>
 * </ul>
 * Training, evaluation and extraction build it the same way.
 */
public final class InterventionContext {
    private static final int LAST_POSITION = 3;

    private InterventionContext() {
    }

    /**
     * @param tokens        number of tokens in the sentence
     * @param sentenceIndex position of the sentence in its document (0 for the title)
     * @param chemicals     the chemical model's names in the sentence (token spans)
     */
    public static String[][] of(int tokens, int sentenceIndex, Span[] chemicals) {
        String position = "s" + Math.min(Math.max(sentenceIndex, 0), LAST_POSITION);
        boolean[] chemical = new boolean[tokens];
        for (Span c : chemicals) {
            for (int i = c.getStart(); i < c.getEnd() && i < tokens; i++) {
                chemical[i] = true;
            }
        }
        String[][] out = new String[tokens][];
        for (int i = 0; i < tokens; i++) {
            out[i] = chemical[i] ? new String[] {position, "chem"} : new String[] {position};
        }
        return out;
    }
}
