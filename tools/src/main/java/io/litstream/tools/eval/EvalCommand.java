package io.litstream.tools.eval;

import io.litstream.tools.eval.cleaning.CleaningEvaluation;
import io.litstream.tools.eval.cleaning.WcxbCleaningEvaluation;
import io.litstream.tools.eval.extraction.Bc5cdrChemicalEvaluation;
import io.litstream.tools.eval.extraction.EbmNlpInterventionEvaluation;
import io.litstream.tools.eval.extraction.EvalScore;
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
            "no-difference, and main-content cleaning on the WCXB development pages.",
            "Training and evaluation data never overlap (see models/src/main/resources/io/litstream/models/MODEL.md)."})
public final class EvalCommand implements Callable<Integer> {
    private static final String FORMAT = "%-38s %-10s %7s %7s  %-4s %s%n";

    /** One evaluation: its name for errors, and how to run it. */
    private record Evaluation(String name, Callable<List<EvalRow>> run) {
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
            description = "The shared folder: seeds/, seed-gold.json, tools/, data/ (default ${DEFAULT-VALUE}).")
    Path shared;

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
                new Evaluation("BC5CDR", () -> List.of(row(Bc5cdrChemicalEvaluation.run(data)))),
                new Evaluation("EBM-NLP", () -> List.of(row(EbmNlpInterventionEvaluation.run(data)))),
                new Evaluation("EBM-NLP product", () -> List.of(ProductInterventionEvaluation.run(data))),
                new Evaluation("Evidence Inference", () -> List.of(row(EvidenceInferenceEvaluation.run(data)))),
                new Evaluation("WCXB cleaning", () -> List.of(row(WcxbCleaningEvaluation.run(data)))));
        out.printf(FORMAT, "EVALUATION", "METRIC", "VALUE", "TARGET", "MET", "DETAIL");
        out.flush();
        List<EvalRow> rows = new ArrayList<>();
        for (Evaluation e : evaluations) {
            List<EvalRow> result;
            try {
                result = e.run().call();
            } catch (Exception failure) {
                result = List.of(new EvalRow(e.name(), "-", Double.NaN, Double.NaN, "could not run: " + failure));
            }
            for (EvalRow r : result) {
                out.printf(Locale.ROOT, FORMAT, r.task(), r.metric(), fmt(r.value()), fmt(r.target()),
                        r.meetsTarget() ? "yes" : "NO", r.detail());
                out.flush();
                rows.add(r);
            }
        }
        long met = rows.stream().filter(EvalRow::meetsTarget).count();
        out.printf("%d of %d figures meet their target%n", met, rows.size());
        return 0;
    }

    private static EvalRow row(EvalScore s) {
        return new EvalRow(s.task(), s.metric(), s.value(), s.target(), s.detail());
    }

    private static EvalRow row(CleaningEvaluation c) {
        return new EvalRow(c.name(), "word F1", c.value(), c.target(), c.detail());
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
