package io.litstream.tools.eval.claims;

import io.litstream.extract.ArticleExtractor;
import io.litstream.tools.ner.CsvReader;
import io.litstream.tools.eval.score.EvalScore;
import io.litstream.tools.eval.claims.LocatedClaims.Located;
import io.litstream.extract.claims.OutcomeReader;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.OutcomeMeasure.Sense;
import io.litstream.topics.extraction.Polarity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Evidence Inference trial reports read whole through the product path: each annotated
 * article's {@code txt/PMC<id>.txt} is read and extracted as {@code ./litstream extract} would,
 * and each expert evidence span ({@code Evidence Start}/{@code Evidence End} of
 * {@code v2_annotations.csv}) is checked for a claim on its sentence (coverage); of the covered,
 * whether a claim there names the prompt's intervention, and whether the claim read for it (the
 * prompt's intervention if a claim names it, its efficacy claim first) tells an effect from no
 * difference as the expert did, whether it names the prompt's comparator ({@link ComparatorMatch}),
 * and, for a significant finding on an outcome whose good side is known from the prompt's words
 * ({@link OutcomeReader#sense(String)}: "pain" lower, "survival" higher), whether its direction is
 * the expert's increase or decrease read from the patient's side. A significant finding on an
 * outcome of unknown sense ("heart rate") cannot be scored for direction and is counted apart.
 *
 * <p>Articles are split by the audit set's rule ({@link Split}), so the audit's test articles are
 * held out here too; the figures reported are of one split.
 */
public final class EvidenceInferenceWholeText {
    static final String TASK = "Evidence Inference read whole";
    static final String ANNOTATIONS = "evidence-inference/v2_annotations.csv";
    static final String PROMPTS = "evidence-inference/prompts_merged.csv";
    /** Shorter spans are cut-off fragments, not evidence. */
    private static final int MIN_EVIDENCE_CHARS = 10;

    private EvidenceInferenceWholeText() {
    }

    /** Counts over the spans of one split. */
    record Counts(int spans, int covered, int intervention, int effectRight, int comparator, int significant,
                  int directionScorable, int directionRight, int articles, int unlocated) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(spans + o.spans, covered + o.covered, intervention + o.intervention,
                    effectRight + o.effectRight, comparator + o.comparator, significant + o.significant,
                    directionScorable + o.directionScorable, directionRight + o.directionRight, articles + o.articles,
                    unlocated + o.unlocated);
        }
    }

    public static List<EvalScore> run(Path sharedData, String split) throws IOException {
        Split which = Split.parse(split);
        Path txt = sharedData.resolve("evidence-inference/txt");
        Map<String, List<EvidenceSpan>> byArticle = load(sharedData);
        ProductPath path = new ProductPath(ArticleExtractor.create());
        Counts total = Counts.NONE;
        for (Map.Entry<String, List<EvidenceSpan>> e : byArticle.entrySet()) {
            Path file = txt.resolve(e.getKey() + ".txt");
            if (Split.of(e.getKey()) != which || !Files.isRegularFile(file)) {
                continue;
            }
            Optional<ProductPath.Extracted> read = path.extract(file);
            if (read.isEmpty()) {
                continue;
            }
            NormalisedText reference = NormalisedText.of(Files.readString(file, StandardCharsets.UTF_8));
            total = total.plus(score(e.getValue(), new LocatedClaims(read.get().extraction(), reference)));
        }
        return rows(total, which);
    }

    static Counts score(List<EvidenceSpan> spans, LocatedClaims claims) {
        int covered = 0;
        int intervention = 0;
        int effect = 0;
        int comparator = 0;
        int significant = 0;
        int scorable = 0;
        int direction = 0;
        for (EvidenceSpan s : spans) {
            List<Located> here = claims.on(s.span());
            if (here.isEmpty()) {
                continue;
            }
            covered++;
            List<Located> named = here.stream().filter(l -> TherapyMatch.matches(
                    TherapyMatch.namesOf(l.claim(), claims.extraction()), s.intervention())).toList();
            intervention += named.isEmpty() ? 0 : 1;
            Located read = (named.isEmpty() ? here : named).stream()
                    .min(Comparator.comparing((Located l) -> l.claim().type() != ClaimType.EFFICACY)).orElseThrow();
            Polarity p = read.claim().polarity();
            boolean right = s.label() == EvidenceSpan.Label.NO_DIFFERENCE ? p == Polarity.NO_EFFECT
                    : p == Polarity.SUPPORTS || p == Polarity.REFUTES;
            effect += right ? 1 : 0;
            comparator += ComparatorMatch.matches(read.claim(), s.comparator()) ? 1 : 0;
            if (s.label() != EvidenceSpan.Label.NO_DIFFERENCE) {
                significant++;
                Optional<Direction> expected = expectedDirection(s);
                if (expected.isPresent()) {
                    scorable++;
                    direction += expected.get() == read.claim().direction() ? 1 : 0;
                }
            }
        }
        return new Counts(spans.size(), covered, intervention, effect, comparator, significant, scorable, direction, 1,
                claims.unlocated());
    }

    /** The expert's increase or decrease from the patient's side, when the prompt's outcome says which side is good. */
    static Optional<Direction> expectedDirection(EvidenceSpan s) {
        Sense sense = OutcomeReader.sense(s.outcome());
        if (sense == Sense.UNKNOWN || s.label() == EvidenceSpan.Label.NO_DIFFERENCE) {
            return Optional.empty();
        }
        boolean up = s.label() == EvidenceSpan.Label.INCREASED;
        return Optional.of(up == (sense == Sense.HIGHER_IS_BETTER) ? Direction.BETTER : Direction.WORSE);
    }

    static List<EvalScore> rows(Counts c, Split split) {
        String task = TASK + " (" + split.label() + ")";
        String of = String.format(Locale.ROOT, "of %d covered spans", c.covered());
        return List.of(
                new EvalScore(task, "coverage", ratio(c.covered(), c.spans()), 0.75, String.format(Locale.ROOT,
                        "%d/%d expert evidence spans carry a claim (%d articles; %d claims not located)",
                        c.covered(), c.spans(), c.articles(), c.unlocated())),
                new EvalScore(task, "intervention", ratio(c.intervention(), c.covered()), 0.90,
                        c.intervention() + " " + of + " have a claim naming the prompt's intervention"),
                new EvalScore(task, "comparator", ratio(c.comparator(), c.covered()), 0.75,
                        c.comparator() + " " + of + " have the prompt's comparator on the claim read for them"),
                new EvalScore(task, "effect vs none", ratio(c.effectRight(), c.covered()), 0.90,
                        c.effectRight() + " " + of + " read as the expert did (effect or no difference)"),
                new EvalScore(task, "direction", ratio(c.directionRight(), c.directionScorable()), 0.80, String.format(
                        Locale.ROOT, "%d of %d significant covered findings on an outcome of known sense have the expert's"
                                + " direction (%d of the %d significant ones scorable)", c.directionRight(),
                        c.directionScorable(), c.directionScorable(), c.significant())));
    }

    /** Valid evidence spans by article ({@code PMC<id>}), each (prompt, span) once. */
    static Map<String, List<EvidenceSpan>> load(Path sharedData) throws IOException {
        Map<Integer, String[]> prompts = new HashMap<>();
        List<List<String>> promptRows = CsvReader.parse(Files.readString(sharedData.resolve(PROMPTS), StandardCharsets.UTF_8));
        Map<String, Integer> pc = columns(promptRows.get(0));
        for (List<String> row : promptRows.subList(1, promptRows.size())) {
            prompts.put(Integer.parseInt(row.get(pc.get("PromptID")).strip()),
                    new String[] {row.get(pc.get("Intervention")), row.get(pc.get("Comparator")), row.get(pc.get("Outcome"))});
        }
        List<List<String>> rows = CsvReader.parse(Files.readString(sharedData.resolve(ANNOTATIONS), StandardCharsets.UTF_8));
        Map<String, Integer> c = columns(rows.get(0));
        Path txt = sharedData.resolve("evidence-inference/txt");
        Map<String, String> texts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Map<String, List<EvidenceSpan>> out = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < c.size() || !"true".equalsIgnoreCase(row.get(c.get("Valid Label")).strip())) {
                continue;
            }
            Optional<EvidenceSpan.Label> label = EvidenceSpan.Label.parse(row.get(c.get("Label")));
            int start = Integer.parseInt(row.get(c.get("Evidence Start")).strip());
            int end = Integer.parseInt(row.get(c.get("Evidence End")).strip());
            int prompt = Integer.parseInt(row.get(c.get("PromptID")).strip());
            String pmc = "PMC" + row.get(c.get("PMCID")).strip();
            Path file = txt.resolve(pmc + ".txt");
            if (label.isEmpty() || start < 0 || end - start < MIN_EVIDENCE_CHARS || !seen.add(prompt + ":" + start + ":" + end)
                    || !Files.isRegularFile(file)) {
                continue;
            }
            String text = texts.computeIfAbsent(pmc, k -> read(file));
            String[] ico = prompts.getOrDefault(prompt, new String[] {"", "", ""});
            out.computeIfAbsent(pmc, k -> new ArrayList<>()).add(new EvidenceSpan(prompt, pmc,
                    CodePoints.span(text, start, end), label.get(), ico[0], ico[1], ico[2]));
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            out.put(header.get(i).strip(), i);
        }
        return out;
    }

    private static double ratio(int n, int d) {
        return d == 0 ? Double.NaN : (double) n / d;
    }
}
