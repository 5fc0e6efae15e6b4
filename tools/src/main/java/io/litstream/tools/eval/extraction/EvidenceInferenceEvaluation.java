package io.litstream.tools.eval.extraction;

import io.litstream.tools.eval.score.EvalScore;
import io.litstream.extract.claims.ClaimRules;
import io.litstream.tools.ner.CsvReader;
import io.litstream.topics.extraction.Polarity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How well the claim polarity rules tell a trial result from a null result, on the Evidence
 * Inference annotations ({@code evidence-inference/v2_annotations.csv}): each annotated evidence
 * sentence is read by {@link ClaimRules#resultPolarity}, and counts as right when a "no
 * significant difference" sentence comes out {@link Polarity#NO_EFFECT} and a "significantly
 * increased/decreased" one {@link Polarity#SUPPORTS} or {@link Polarity#REFUTES}.
 *
 * <p>The rules were developed looking only at prompts with an even PromptID; the figure that
 * counts is the held-out half (odd PromptIDs), which {@link #run} reports. Each distinct
 * (prompt, sentence) pair counts once, so a sentence several annotators chose is not weighted up.
 */
public final class EvidenceInferenceEvaluation {
    public static final String TASK = "Evidence Inference (held-out half)";
    public static final double TARGET = 0.85;
    static final String ANNOTATIONS = "evidence-inference/v2_annotations.csv";
    static final String PROMPTS = "evidence-inference/prompts_merged.csv";
    /** Shorter "sentences" are cut-off fragments, not evidence. */
    private static final int MIN_EVIDENCE_CHARS = 10;

    private final ClaimRules rules = new ClaimRules();

    /** Which half of the prompts an annotation belongs to. */
    public enum Half {
        /** Even PromptIDs: what the rules were tuned on. */
        DEVELOPMENT,
        /** Odd PromptIDs: never looked at while writing rules. */
        HELD_OUT
    }

    /** One usable annotation: the expected reading and the sentence. */
    record Item(int promptId, boolean noDifference, String sentence, String intervention, String comparator) {
        Half half() {
            return promptId % 2 == 0 ? Half.DEVELOPMENT : Half.HELD_OUT;
        }
    }

    /** Counts over one half: right and wrong, and how each label was read. */
    public record Result(Half half, int total, int correct, Map<String, Integer> confusion) {
        public double accuracy() {
            return total == 0 ? Double.NaN : (double) correct / total;
        }
    }

    /** The held-out accuracy as an eval table row; {@code sharedData} is {@code ../shared/data}. */
    public static EvalScore run(Path sharedData) {
        EvidenceInferenceEvaluation eval = new EvidenceInferenceEvaluation();
        List<Item> items = eval.load(sharedData);
        Result dev = eval.score(items, Half.DEVELOPMENT);
        Result held = eval.score(items, Half.HELD_OUT);
        return new EvalScore(TASK, "effect vs no-difference accuracy", held.accuracy(), TARGET,
                String.format(Locale.ROOT, "%d/%d held-out sentences (odd PromptIDs); development half %.3f (%d)",
                        held.correct(), held.total(), dev.accuracy(), dev.total()));
    }

    /** Usable annotations: a valid label, a real evidence sentence, each (prompt, sentence) once. */
    List<Item> load(Path sharedData) {
        Map<Integer, String[]> prompts = new HashMap<>();
        List<List<String>> promptRows = CsvReader.parse(read(sharedData.resolve(PROMPTS)));
        Map<String, Integer> pc = columns(promptRows.get(0));
        for (List<String> row : promptRows.subList(1, promptRows.size())) {
            prompts.put(Integer.parseInt(row.get(pc.get("PromptID")).strip()),
                    new String[] {row.get(pc.get("Intervention")), row.get(pc.get("Comparator"))});
        }
        List<List<String>> rows = CsvReader.parse(read(sharedData.resolve(ANNOTATIONS)));
        Map<String, Integer> c = columns(rows.get(0));
        Set<String> seen = new LinkedHashSet<>();
        List<Item> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < c.size() || !"true".equalsIgnoreCase(row.get(c.get("Valid Label")).strip())) {
                continue;
            }
            String label = row.get(c.get("Label")).strip().toLowerCase(Locale.ROOT);
            boolean none = label.equals("no significant difference");
            if (!none && !label.equals("significantly increased") && !label.equals("significantly decreased")) {
                continue;
            }
            String sentence = row.get(c.get("Annotations")).strip();
            int prompt = Integer.parseInt(row.get(c.get("PromptID")).strip());
            if (sentence.length() < MIN_EVIDENCE_CHARS || !seen.add(prompt + "\u0000" + sentence)) {
                continue;
            }
            String[] ic = prompts.getOrDefault(prompt, new String[] {"", ""});
            out.add(new Item(prompt, none, sentence, ic[0], ic[1]));
        }
        return out;
    }

    Result score(List<Item> items, Half half) {
        int total = 0;
        int correct = 0;
        Map<String, Integer> confusion = new LinkedHashMap<>();
        for (Item item : items) {
            if (item.half() != half) {
                continue;
            }
            Polarity p = rules.resultPolarity(item.sentence());
            boolean right = item.noDifference() ? p == Polarity.NO_EFFECT
                    : p == Polarity.SUPPORTS || p == Polarity.REFUTES;
            total++;
            correct += right ? 1 : 0;
            confusion.merge((item.noDifference() ? "no-difference" : "effect") + "->" + (p == null ? "none" : p), 1,
                    Integer::sum);
        }
        return new Result(half, total, correct, confusion);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            out.put(header.get(i).strip(), i);
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Prints both halves and the confusion counts; with {@code --errors}, the misread development sentences. */
    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        boolean errors = List.of(args).contains("--errors");
        EvidenceInferenceEvaluation eval = new EvidenceInferenceEvaluation();
        List<Item> items = eval.load(data);
        for (Half half : Half.values()) {
            Result r = eval.score(items, half);
            System.out.printf(Locale.ROOT, "%-12s accuracy %.3f (%d/%d) %s%n", half, r.accuracy(), r.correct(),
                    r.total(), r.confusion());
        }
        if (errors) {
            for (Item item : items) {
                Polarity p = eval.rules.resultPolarity(item.sentence());
                boolean right = item.noDifference() ? p == Polarity.NO_EFFECT
                        : p == Polarity.SUPPORTS || p == Polarity.REFUTES;
                if (item.half() == Half.DEVELOPMENT && !right) {
                    System.out.println((item.noDifference() ? "NODIFF " : "EFFECT ") + p + " | "
                            + item.sentence().replaceAll("\\s+", " "));
                }
            }
        }
    }
}
