package io.litstream.extract.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Turns per-token intervention probabilities of a document into intervention spans:
 * <ol>
 *   <li>a token is in when its probability reaches the threshold, or when it lies between two
 *       tokens that are in and its own probability reaches half the threshold ("A and B");</li>
 *   <li>document consistency: every other occurrence in the document of a name found once is in
 *       too (EBM-NLP annotates repeats, and a trial names its arms again and again). Names are
 *       trimmed of function words, brackets and generic heads ("group", "therapy") first, and a
 *       single word needs three characters, so that "the" or "group" never spread.</li>
 * </ol>
 */
public final class InterventionSpans {
    private static final Set<String> TRIM = Set.of("the", "a", "an", "of", "and", "or", "with", "in", "to", "for",
            "on", "at", "by", "(", ")", "[", "]", ",", ".", ";", ":", "-", "/", "group", "groups", "patients",
            "treatment", "therapy", "control", "was", "were", "is");

    private InterventionSpans() {
    }

    /** Step 1 for one sentence. */
    public static boolean[] decide(double[] inside, double threshold) {
        boolean[] in = new boolean[inside.length];
        for (int i = 0; i < inside.length; i++) {
            in[i] = inside[i] >= threshold;
        }
        for (int i = 1; i + 1 < inside.length; i++) {
            if (!in[i] && in[i - 1] && in[i + 1] && inside[i] >= threshold / 2) {
                in[i] = true;
            }
        }
        return in;
    }

    /** Step 2: {@code in} (per sentence, per token) with every occurrence of a found name marked. */
    public static List<boolean[]> spreadInDocument(List<String[]> sentences, List<boolean[]> in) {
        Set<List<String>> names = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (Span name : spans(in.get(s))) {
                List<String> words = trimmed(sentences.get(s), name);
                if (words.size() > 1 || words.size() == 1 && words.get(0).length() >= 3) {
                    names.add(words);
                }
            }
        }
        List<boolean[]> out = new ArrayList<>(in.size());
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            boolean[] marked = in.get(s).clone();
            for (List<String> name : names) {
                for (int start = 0; start + name.size() <= words.length; start++) {
                    if (occursAt(words, start, name)) {
                        for (int k = 0; k < name.size(); k++) {
                            marked[start + k] = true;
                        }
                    }
                }
            }
            out.add(marked);
        }
        return out;
    }

    /** Runs of marked tokens as spans of type {@value InterventionCorpus#NAME_TYPE}. */
    public static Span[] spans(boolean[] in) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= in.length; i++) {
            boolean inside = i < in.length && in[i];
            if (inside && start < 0) {
                start = i;
            } else if (!inside && start >= 0) {
                out.add(new Span(start, i, InterventionCorpus.NAME_TYPE));
                start = -1;
            }
        }
        return out.toArray(Span[]::new);
    }

    private static List<String> trimmed(String[] words, Span name) {
        int start = name.getStart();
        int end = name.getEnd();
        while (start < end && TRIM.contains(words[start].toLowerCase(Locale.ROOT))) {
            start++;
        }
        while (end > start && TRIM.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        List<String> out = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            out.add(words[i].toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean occursAt(String[] words, int start, List<String> name) {
        for (int k = 0; k < name.size(); k++) {
            if (!words[start + k].equalsIgnoreCase(name.get(k))) {
                return false;
            }
        }
        return true;
    }
}
