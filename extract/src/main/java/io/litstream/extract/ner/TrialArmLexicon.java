package io.litstream.extract.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.util.Span;

/**
 * How a word, and a pair of adjacent words, is used in the Evidence Inference prompts: thousands
 * of trials' intervention and comparator strings ("Liraglutide (1.2 mg) plus glimepiride",
 * "usual care") and outcome strings ("HbA1c", "pain at rest"). A word the intervention tagger's
 * 640 labelled abstracts barely show may still be one that names trial arms far more often than
 * outcomes, or the reverse (2-fold cross-validation inside the training documents: 0.571 without,
 * 0.570 with the token's own label alone, 0.575 with its neighbours' and its POS tag too, 0.576
 * with the pairs' too, 0.571 with whole-string matches instead of pairs, 0.548 with labels in
 * tenths and four frequency bands).
 *
 * <p>Each word or pair gets a label {@code share_frequency}: the share of the strings holding it
 * that are arms, in fifths (0 to 4), and how many strings hold it (0: under 3, 1: under 20, 2:
 * more). A string counts once per article. The intervention model carries the labels
 * ({@link InterventionModel}): words and labels, no text of the prompts.
 *
 * @param labels a lower-case word, or two joined by a space ({@code <s>} and {@code </s>} at the
 *               ends of a string), and its label
 */
public record TrialArmLexicon(Map<String, String> labels) {
    /** The label of a word or pair no prompt holds. */
    public static final String UNKNOWN = "n";
    /** The label of a position outside the sentence. */
    public static final String OUTSIDE = "x";
    static final String START = "<s>";
    static final String END = "</s>";
    private static final List<String> ARM_COLUMNS = List.of("Intervention", "Comparator");
    private static final String OUTCOME_COLUMN = "Outcome";
    private static final String ARTICLE_COLUMN = "PMCID";

    /** A lexicon that knows no words (every label {@value #UNKNOWN}). */
    public static final TrialArmLexicon EMPTY = new TrialArmLexicon(Map.of());

    public TrialArmLexicon {
        labels = Map.copyOf(labels);
    }

    /** The label of the word at {@code i}, {@value #OUTSIDE} outside the sentence. */
    public String word(String[] words, int i) {
        if (i < 0 || i >= words.length) {
            return OUTSIDE;
        }
        return labels.getOrDefault(lower(words[i]), UNKNOWN);
    }

    /** The label of the words at {@code i} and {@code i + 1}, with the sentence's ends as words. */
    public String pair(String[] words, int i) {
        String left = i < 0 ? START : lower(words[i]);
        String right = i + 1 >= words.length ? END : lower(words[i + 1]);
        return labels.getOrDefault(left + " " + right, UNKNOWN);
    }

    /** Learns the labels from Evidence Inference's prompts file (empty when the file is absent). */
    public static TrialArmLexicon learn(Path promptsCsv, NerTokenizer tokenizer) throws IOException {
        if (!Files.exists(promptsCsv)) {
            return EMPTY;
        }
        List<List<String>> rows = CsvReader.parse(Files.readString(promptsCsv, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            return EMPTY;
        }
        List<String> header = rows.get(0);
        int article = header.indexOf(ARTICLE_COLUMN);
        int outcome = header.indexOf(OUTCOME_COLUMN);
        List<Integer> armColumns = ARM_COLUMNS.stream().map(header::indexOf).toList();
        List<String> arms = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String id = cell(row, article);
            for (int c : armColumns) {
                addOnce(arms, seen, id, "arm", cell(row, c));
            }
            addOnce(outcomes, seen, id, "outcome", cell(row, outcome));
        }
        Map<String, int[]> counts = new HashMap<>();
        count(arms, 0, counts, tokenizer);
        count(outcomes, 1, counts, tokenizer);
        Map<String, String> labels = new HashMap<>();
        counts.forEach((term, c) -> labels.put(term, label(c[0], c[1])));
        return labels.isEmpty() ? EMPTY : new TrialArmLexicon(labels);
    }

    /** The label of a term in {@code arm} arm strings and {@code outcome} outcome strings. */
    static String label(int arm, int outcome) {
        int n = arm + outcome;
        int share = (int) Math.floor(5.0 * (arm + 0.5) / (n + 1.0));
        int frequency = n < 3 ? 0 : n < 20 ? 1 : 2;
        return share + "_" + frequency;
    }

    /** The row's text in {@code column}, empty when the header lacks it or the row is short. */
    private static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column) : "";
    }

    private static void addOnce(List<String> to, Set<String> seen, String article, String kind, String text) {
        String t = text.strip();
        if (!t.isEmpty() && seen.add(article + '\u0000' + kind + '\u0000' + t)) {
            to.add(t);
        }
    }

    /** Counts, per string, each word and each adjacent pair it holds once. */
    private static void count(List<String> strings, int column, Map<String, int[]> counts, NerTokenizer tokenizer) {
        for (String text : strings) {
            Set<String> terms = new HashSet<>();
            String previous = START;
            for (Span s : tokenizer.tokens(text)) {
                String w = lower(text.substring(s.getStart(), s.getEnd()));
                terms.add(w);
                terms.add(previous + " " + w);
                previous = w;
            }
            terms.add(previous + " " + END);
            for (String term : terms) {
                counts.computeIfAbsent(term, k -> new int[2])[column]++;
            }
        }
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The term count, then each term (sorted) and its label. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(labels.size());
        for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    public static TrialArmLexicon read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative term count in the trial-arm lexicon: " + n);
        }
        Map<String, String> labels = new HashMap<>();
        for (int k = 0; k < n; k++) {
            labels.put(in.readUTF(), in.readUTF());
        }
        return new TrialArmLexicon(labels);
    }
}
