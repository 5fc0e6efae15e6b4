package io.litstream.tools.eval;

import io.litstream.tools.eval.claims.ClaimAuditEvaluation;
import io.litstream.tools.eval.claims.EvidenceInferenceWholeText;
import io.litstream.tools.eval.cleaning.CleaningEvaluation;
import io.litstream.tools.eval.score.EvalScore;
import io.litstream.tools.eval.cleaning.FormatEvaluation;
import io.litstream.tools.eval.cleaning.JatsEvaluation;
import io.litstream.tools.eval.cleaning.WcxbCleaningEvaluation;
import io.litstream.tools.eval.extraction.Bc5cdrChemicalEvaluation;
import io.litstream.tools.eval.extraction.EbmNlpInterventionEvaluation;
import io.litstream.tools.eval.extraction.EvidenceInferenceEvaluation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code litstream eval}: the project's own evaluations on public and shared data, as one table. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {
            "Runs litstream's evaluations and prints one table, each figure beside its target:",
            "the shared sample pages against their gold (through the real extract path), BC5CDR development",
            "chemical mentions, EBM-NLP interventions (held-out expert-labelled abstracts: the model, and the same",
            "abstracts through litstream extract), Evidence Inference effect versus",
            "no-difference, the evidence-claims audit set and the Evidence Inference reports read whole (one split,",
            "dev unless --split test), main-content cleaning on the WCXB development pages, JATS reading on the",
            "Evidence Inference PMC articles, and PDF reading on PDFs set from their text renderings (with speeds).",
            "Training and evaluation data never overlap (see models/src/main/resources/io/litstream/models/MODEL.md)."})
public final class EvalCommand implements Callable<Integer> {
    private static final String FORMAT = "%-38s %-15s %7s %7s  %-4s %s%n";

    /** One evaluation: its name for errors, how to run it, and the lines it prints below its rows. */
    private record Evaluation(String name, Callable<List<EvalScore>> run) {
    }

    /** Filled by the cleaning evaluation while it runs: its breakdown goes below the table. */
    private final List<String> cleaningReport = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
            description = "The shared folder: seeds/, seed-gold.json, tools/, data/ (default ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--audit", paramLabel = "DIR", defaultValue = "tools/src/main/resources/io/litstream/tools/audit",
            description = "The evidence-claims audit set (default ${DEFAULT-VALUE}).")
    Path audit;

    @Option(names = "--split", paramLabel = "dev|test", defaultValue = "dev",
            description = "Which split of the audit set and of the Evidence Inference reports read whole to score:"
                    + " dev while tuning, test once for a report (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--only", paramLabel = "NAME",
            description = "Run only the evaluations whose name contains NAME (e.g. 'audit', 'whole').")
    String only;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(shared.resolve("data"))) {
            spec.commandLine().getErr().println("litstream eval: no shared data at " + shared.toAbsolutePath()
                    + " (expected seeds/, data/); pass --shared DIR");
            return 2;
        }
        Path data = shared.resolve("data");
        List<Evaluation> evaluations = List.of(
                new Evaluation("seed gold", () -> SeedGoldEvaluation.run(shared)),
                new Evaluation("BC5CDR", () -> List.of(Bc5cdrChemicalEvaluation.run(data))),
                new Evaluation("EBM-NLP", () -> List.of(EbmNlpInterventionEvaluation.run(data))),
                new Evaluation("EBM-NLP product", () -> List.of(ProductInterventionEvaluation.run(data))),
                new Evaluation("Evidence Inference", () -> List.of(EvidenceInferenceEvaluation.run(data))),
                new Evaluation("claims audit", () -> ClaimAuditEvaluation.run(audit, data, split)),
                new Evaluation("Evidence Inference read whole", () -> EvidenceInferenceWholeText.run(data, split)),
                new Evaluation("WCXB cleaning", () -> List.of(row(WcxbCleaningEvaluation.run(data)))),
                new Evaluation("JATS (PMC)", () -> jatsRows(JatsEvaluation.run(data))),
                new Evaluation("JATS and PDF formats", () -> FormatEvaluation.run(data)));
        cleaningReport.clear();
        out.printf(FORMAT, "EVALUATION", "METRIC", "VALUE", "TARGET", "MET", "DETAIL");
        out.flush();
        List<EvalScore> rows = new ArrayList<>();
        for (Evaluation e : evaluations) {
            if (only != null && !e.name().toLowerCase(Locale.ROOT).contains(only.toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<EvalScore> result;
            try {
                result = e.run().call();
            } catch (Exception failure) {
                result = List.of(new EvalScore(e.name(), "-", Double.NaN, Double.NaN, "could not run: " + failure));
            }
            for (EvalScore r : result) {
                out.printf(Locale.ROOT, FORMAT, r.task(), r.metric(), fmt(r.value()), fmt(r.target()),
                        r.meetsTarget() ? "yes" : "NO", r.detail());
                out.flush();
                rows.add(r);
            }
        }
        long met = rows.stream().filter(EvalScore::meetsTarget).count();
        out.printf("%d of %d figures meet their target%n", met, rows.size());
        if (!cleaningReport.isEmpty()) {
            out.println();
            out.println("WCXB cleaning by page type and split:");
            cleaningReport.forEach(line -> out.println("  " + line));
        }
        return 0;
    }

    private EvalScore row(CleaningEvaluation c) {
        cleaningReport.addAll(c.report());
        return new EvalScore(c.name(), "word F1", c.value(), c.target(), c.detail());
    }

    private static List<EvalScore> jatsRows(JatsEvaluation.Scores s) {
        String task = "JATS reading (Evidence Inference PMC)";
        return List.of(
                new EvalScore(task, "title", s.titleExact(), JatsEvaluation.TARGET_TITLE, "share of titles exact; " + s.detail()),
                new EvalScore(task, "DOI", s.doiFound(), JatsEvaluation.TARGET_DOI, String.format(Locale.ROOT,
                        "share of the files stating a DOI that got it (%.3f of all files)", s.doiFoundOfAll())),
                new EvalScore(task, "word F1", s.meanF1(), JatsEvaluation.TARGET_F1,
                        "title, abstract and body against the txt rendering, section labels left out"));
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
