package io.litstream.extract.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which part of a structured abstract each token is in, from its upper-case headings
 * ({@code BACKGROUND}, {@code METHODS}, {@code RESULTS}, {@code CONCLUSIONS} ...): the sentence
 * detector keeps a heading inside the sentence it opens, so the part changes at the heading token
 * and holds until the next one. EBM-NLP annotators mark the arms where the methods describe them
 * far more often than where the results repeat them, so the part tells the tagger how much a
 * mention is worth (2-fold cross-validation inside the training documents: token F1 0.511 without
 * it, 0.518 with it). An abstract without headings is {@value #NONE} throughout.
 */
public final class AbstractSections {
    public static final String NONE = "none";
    private static final Map<String, String> HEADINGS = headings();

    /**
     * @param part    per sentence, per token, the part of the abstract it is in
     * @param heading per sentence, per token, whether the token is a heading word
     */
    public record Parts(List<String[]> part, List<boolean[]> heading) {
        public Parts {
            part = List.copyOf(part);
            heading = List.copyOf(heading);
        }
    }

    private AbstractSections() {
    }

    /** @param sentences the document's sentences as tokens, title first */
    public static Parts of(List<String[]> sentences) {
        List<String[]> part = new ArrayList<>(sentences.size());
        List<boolean[]> heading = new ArrayList<>(sentences.size());
        String current = NONE;
        for (String[] words : sentences) {
            String[] p = new String[words.length];
            boolean[] h = new boolean[words.length];
            for (int i = 0; i < words.length; i++) {
                String named = HEADINGS.get(words[i]);
                if (named != null) {
                    current = named;
                    h[i] = true;
                }
                p[i] = current;
            }
            part.add(p);
            heading.add(h);
        }
        return new Parts(part, heading);
    }

    /** Heading words (matched in upper case only, so "Results" in running text is no heading). */
    private static Map<String, String> headings() {
        Map<String, String> m = new HashMap<>();
        for (String h : List.of("BACKGROUND", "OBJECTIVE", "OBJECTIVES", "AIM", "AIMS", "PURPOSE", "INTRODUCTION",
                "CONTEXT")) {
            m.put(h, "background");
        }
        for (String h : List.of("METHODS", "METHOD", "DESIGN", "SETTING", "SETTINGS", "PATIENTS", "PARTICIPANTS",
                "SUBJECTS", "MATERIAL", "MATERIALS", "INTERVENTION", "INTERVENTIONS", "PROCEDURE", "PROCEDURES")) {
            m.put(h, "methods");
        }
        for (String h : List.of("RESULTS", "RESULT", "FINDINGS", "MEASUREMENTS", "OUTCOME", "OUTCOMES")) {
            m.put(h, "results");
        }
        for (String h : List.of("CONCLUSION", "CONCLUSIONS", "INTERPRETATION", "DISCUSSION", "IMPLICATIONS")) {
            m.put(h, "conclusions");
        }
        return Map.copyOf(m);
    }
}
