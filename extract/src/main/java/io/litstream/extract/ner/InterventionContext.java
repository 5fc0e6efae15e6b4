package io.litstream.extract.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * The per-token context labels the intervention tagger reads besides the words and their POS tags
 * ({@link InterventionFeatures}):
 * <ul>
 *   <li>{@code s0} … {@code s3}: where the sentence stands in its document (the title and first
 *       sentences of an abstract name the intervention far more often than the rest);</li>
 *   <li>{@code chem}: the chemical model marks the token as part of a chemical. Most trial
 *       interventions are drugs, and the chemical model was trained on other data (BC5CDR), so
 *       this adds what it knows about drug names without leaking evaluation data;</li>
 *   <li>{@code cmp}: a comparator head ({@link InterventionCues}: placebo, usual care, sham ...);</li>
 *   <li>{@code cue=word}: a trial-arm cue word (randomized, versus, plus, group ...);</li>
 *   <li>{@code paren}: inside brackets (doses and abbreviations of an intervention);</li>
 *   <li>{@code intitle}, {@code freq}: outside the title, the word is also in the title; the word
 *       comes back often in the document ({@link DocumentWords}).</li>
 * </ul>
 * Training, evaluation and tagging build it the same way.
 */
public final class InterventionContext {
    private static final int LAST_POSITION = 3;

    private InterventionContext() {
    }

    /**
     * @param words         the sentence's tokens
     * @param sentenceIndex position of the sentence in its document (0 for the title)
     * @param chemicals     the chemical model's names in the sentence (token spans)
     * @param document      the content words of the whole document
     * @param cues          comparator and cue words
     */
    public static String[][] of(String[] words, int sentenceIndex, Span[] chemicals, DocumentWords document,
                                InterventionCues cues) {
        String position = "s" + Math.min(Math.max(sentenceIndex, 0), LAST_POSITION);
        boolean[] chemical = new boolean[words.length];
        for (Span c : chemicals) {
            for (int i = c.getStart(); i < c.getEnd() && i < words.length; i++) {
                chemical[i] = true;
            }
        }
        String[][] out = new String[words.length][];
        int depth = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.equals(")") || w.equals("]")) {
                depth = Math.max(0, depth - 1);
            }
            List<String> labels = new ArrayList<>(4);
            labels.add(position);
            if (chemical[i]) {
                labels.add("chem");
            }
            if (cues.isComparator(w)) {
                labels.add("cmp");
            }
            if (cues.isCue(w)) {
                labels.add("cue=" + w.toLowerCase(java.util.Locale.ROOT));
            }
            if (depth > 0) {
                labels.add("paren");
            }
            if (sentenceIndex > 0 && document.inTitle(w)) {
                labels.add("intitle");
            }
            if (document.frequent(w)) {
                labels.add("freq");
            }
            if (w.equals("(") || w.equals("[")) {
                depth++;
            }
            out[i] = labels.toArray(String[]::new);
        }
        return out;
    }
}
