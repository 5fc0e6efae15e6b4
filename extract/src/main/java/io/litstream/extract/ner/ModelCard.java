package io.litstream.extract.ner;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Renders {@code MODEL.md}, the note shipped beside the models: what each was trained on, with
 * which settings, when, and how it scored on held-out data. Written by {@code litstream train}
 * so that the note always matches the files.
 */
public final class ModelCard {
    private ModelCard() {
    }

    public static String render(List<NerTraining.Result> results, LocalDate date) {
        StringBuilder md = new StringBuilder();
        md.append("# Trained name finder models\n\n")
                .append("OpenNLP `NameFinderME` models for therapies the lexicon of `extract` does not know. The extractor")
                .append(" runs the chemical model (`NerModels.forExtraction()`); the intervention model is shipped and")
                .append(" evaluated but not on the per-article path (twice the cost, token precision below 0.5).")
                .append(" (`ModelTherapies` keeps a found name only in a sentence that states a finding, when no")
                .append(" lexicon entry covers it and it is not a generic word; it becomes a therapy of category")
                .append(" `UNCLASSIFIED` with an id derived from the normalised mention).\n\n")
                .append("Rebuild with `./litstream train` (from the repository root, shared data beside it);")
                .append(" the settings below are fixed and the perceptron trainer has no randomness, so the")
                .append(" same data gives the same model. Training data and evaluation data never overlap.\n\n")
                .append("Trained: ").append(date).append(", OpenNLP ").append(opennlpVersion()).append(".\n\n")
                .append("| model | trained on | settings | held-out score |\n| --- | --- | --- | --- |\n");
        for (NerTraining.Result r : results) {
            NerTrainingConfig c = r.file().equals(NerModels.CHEMICAL) ? NerTraining.CHEMICAL_CONFIG
                    : NerTraining.INTERVENTION_CONFIG;
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s %.3f (%s) |%n", r.file(), r.data(),
                    settings(c), r.metric(), r.score().f1(), r.score().summary()));
        }
        md.append("\nTokens: the pipeline's sentence detector (OpenNLP) and tokenizer (`RuleTokenizer`), then split at hyphens, slashes, brackets,")
                .append(" plus signs and commas inside a token (`NerTokenizer.refine`), in training, evaluation")
                .append(" and extraction alike.\n\n")
                .append("Features: OpenNLP's default name finder features (lower-cased token and token class in a")
                .append(" window of two either side, previous outcomes in the document, bigrams, sentence start)")
                .append(" plus token prefixes and suffixes. The intervention model also reads, as OpenNLP additional")
                .append(" context, the chemical model's names in the sentence and the sentence's position in its")
                .append(" document (`InterventionContext`). A dictionary feature over the training mentions was")
                .append(" tried and left out: the model leans on it for every training mention and misses unseen")
                .append(" names (BC5CDR development F1 0.76 with it, 0.85 without). Greedy decoding is")
                .append(" about three times faster than a beam of 3, for 0.007 chemical F1.\n\n")
                .append("Data (public, not in this repository): BC5CDR (BioCreative V CDR corpus, PubTator format)")
                .append(" and EBM-NLP (PICO spans, development split as distributed with SciBERT, Apache-2.0);")
                .append(" see `shared/data/README.md`.\n");
        return md.toString();
    }

    private static String settings(NerTrainingConfig c) {
        return String.format(Locale.ROOT, "%s, %d iterations, cutoff %d, %s, affixes up to %d, %s%s", c.algorithm(),
                c.iterations(), c.cutoff(), c.bilou() ? "BILOU" : "BIO", c.affixLength(),
                c.beamSize() == 1 ? "greedy decoding" : "beam " + c.beamSize(),
                c.useDictionary() ? ", training-mention dictionary" : "");
    }

    private static String opennlpVersion() {
        Package p = opennlp.tools.namefind.NameFinderME.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "2.x" : v;
    }
}
