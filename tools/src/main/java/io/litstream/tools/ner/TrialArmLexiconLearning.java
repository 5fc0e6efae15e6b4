package io.litstream.tools.ner;

import io.litstream.extract.ner.NerTokenizer;
import io.litstream.extract.ner.TrialArmLexicon;
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
import opennlp.tools.util.Span;

/** Learns the tagger's {@link TrialArmLexicon} from Evidence Inference's prompts (see its comment for the labels). */
public final class TrialArmLexiconLearning {
    private static final List<String> ARM_COLUMNS = List.of("Intervention", "Comparator");
    private static final String OUTCOME_COLUMN = "Outcome";
    private static final String ARTICLE_COLUMN = "PMCID";

    private TrialArmLexiconLearning() {
    }

    /** Learns the labels from Evidence Inference's prompts file (empty when the file is absent). */
    public static TrialArmLexicon learn(Path promptsCsv, NerTokenizer tokenizer) throws IOException {
        if (!Files.exists(promptsCsv)) {
            return TrialArmLexicon.EMPTY;
        }
        List<List<String>> rows = CsvReader.parse(Files.readString(promptsCsv, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            return TrialArmLexicon.EMPTY;
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
        return labels.isEmpty() ? TrialArmLexicon.EMPTY : new TrialArmLexicon(labels);
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
            String previous = TrialArmLexicon.START;
            for (Span s : tokenizer.tokens(text)) {
                String w = text.substring(s.getStart(), s.getEnd()).toLowerCase(Locale.ROOT);
                terms.add(w);
                terms.add(previous + " " + w);
                previous = w;
            }
            terms.add(previous + " " + TrialArmLexicon.END);
            for (String term : terms) {
                counts.computeIfAbsent(term, k -> new int[2])[column]++;
            }
        }
    }
}
