package io.litstream.tools.train;

import io.litstream.extract.ner.InterventionModel;
import io.litstream.extract.ner.NerModels;
import io.litstream.extract.nlp.NlpModels;
import io.litstream.tools.ner.ModelCard;
import io.litstream.tools.ner.NerTraining;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code litstream train}: rebuilds the shipped name finder models from the public data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {
            "Rebuilds the name finder models extract uses for therapies its lexicon lacks,",
            "with OpenNLP's own trainer and fixed settings (same data, same model):",
            "  chemical.bin      BC5CDR training set chemicals; scored on the dev set",
            "  intervention.bin  EBM-NLP interventions, 2 of 3 dev documents (threshold",
            "                    by cross-validation in them); scored on the third",
            "and writes MODEL.md beside them (data, settings, date, scores).",
            "Takes a few minutes."},
        footer = {"", "Examples:", "  litstream train", "  litstream train --only chemical --out /tmp/models"})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "The public data folder with bc5cdr/ and ebmnlp/ (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models/src/main/resources/io/litstream/models",
            description = "Where to write the models and MODEL.md (default: the models module's source resources,"
                    + " ${DEFAULT-VALUE}; rebuild to ship them).")
    Path out;

    @Option(names = "--only", paramLabel = "MODEL", split = ",",
            description = "Train only these: chemical, intervention (default both).")
    Set<String> only;

    @Option(names = "--keep-word-classes",
            description = "Train the intervention model with the word classes of the shipped one instead of learning"
                    + " them again (the model stores them, so a model trained this way keeps the same classes).")
    boolean keepWordClasses;

    @Option(names = "--threshold-only",
            description = "Keep the shipped intervention model's classifiers and choose only its threshold again, on the"
                    + " expert-labelled training abstracts that are not in EBM-NLP's development split (minutes"
                    + " instead of a full training; the held-out abstracts are not read).")
    boolean thresholdOnly;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        Path dataDir = NerTraining.dataDir(data);
        if (!Files.isDirectory(dataDir)) {
            spec.commandLine().getErr().println("litstream train: no data folder at " + data.toAbsolutePath()
                    + " (expected bc5cdr/ and ebmnlp/ from the shared data)");
            return 2;
        }
        Files.createDirectories(out);
        List<NerTraining.Result<?>> results = new ArrayList<>();
        TokenNameFinderModel chemicals;
        if (wants("chemical")) {
            w.println("training " + NerModels.CHEMICAL + " on BC5CDR ...");
            w.flush();
            NerTraining.Result<TokenNameFinderModel> chemical = save(NerTraining.trainChemical(dataDir, NlpModels.english()), w);
            results.add(chemical);
            chemicals = chemical.model();
        } else {
            chemicals = NerModels.load(NerModels.CHEMICAL).orElse(null);
        }
        if (wants("intervention")) {
            if (chemicals == null) {
                spec.commandLine().getErr().println("litstream train: the intervention model reads the chemical"
                        + " model's names; train chemical too (no shipped " + NerModels.CHEMICAL + ")");
                return 2;
            }
            w.println((thresholdOnly ? "choosing the threshold of " : "training ") + NerModels.INTERVENTION
                    + " on EBM-NLP (with the chemical model's names as context) ...");
            w.flush();
            results.add(save(thresholdOnly
                    ? NerTraining.rethresholdIntervention(dataDir, NerModels.loadIntervention().orElseThrow(),
                            chemicals, NlpModels.english())
                    : NerTraining.trainIntervention(dataDir, chemicals, NlpModels.english(),
                            keepWordClasses ? NerModels.loadIntervention().map(InterventionModel::clusters)
                                    : Optional.empty()), w));
        }
        if (results.size() == 2) {
            Files.writeString(out.resolve("MODEL.md"), ModelCard.render(results, LocalDate.now(ZoneOffset.UTC)),
                    StandardCharsets.UTF_8);
            w.println("wrote " + out.resolve("MODEL.md"));
        } else {
            w.println("MODEL.md left as it is (it describes both models; train both to rewrite it)");
        }
        return 0;
    }

    private boolean wants(String model) {
        return only == null || only.isEmpty() || only.contains(model.toLowerCase(Locale.ROOT));
    }

    private <M> NerTraining.Result<M> save(NerTraining.Result<M> r, PrintWriter w) throws Exception {
        Path file = out.resolve(r.file());
        try (OutputStream os = Files.newOutputStream(file)) {
            r.serialize(os);
        }
        r.crossValidation().ifPresent(cv -> w.printf(Locale.ROOT, "  %s: cross-validation in the training data: %s %.3f,"
                + " %s%n", r.file(), r.metric(), cv.f1(), cv.summary()));
        w.printf(Locale.ROOT, "  %s: %s %.3f, %s; %s; wrote %s (%d KB)%n", r.file(), r.metric(), r.score().f1(),
                r.score().summary(), r.data(), file, Files.size(file) / 1024);
        w.flush();
        return r;
    }
}
