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

    public static String render(List<NerTraining.Result<?>> results, LocalDate date) {
        StringBuilder md = new StringBuilder();
        md.append("# Trained name finder models\n\n")
                .append("Models for therapies the lexicon of `extract` does not know: an OpenNLP `NameFinderME` for")
                .append(" chemicals and two OpenNLP maxent token classifiers in a row for trial interventions. The extractor")
                .append(" runs the chemical model (`NerModels.forExtraction()`); the intervention model is shipped and")
                .append(" evaluated but not on the per-article path (it reads a whole document, runs a POS tagger")
                .append(" and the chemical model for its features, and its token precision is about one half).")
                .append(" (`ModelTherapies` keeps a found name only in a sentence that states a finding, when no")
                .append(" lexicon entry covers it and it is not a generic word; it becomes a therapy of category")
                .append(" `UNCLASSIFIED` with an id derived from the normalised mention).\n\n")
                .append("Rebuild with `./litstream train` (from the repository root, shared data beside it);")
                .append(" the settings below are fixed and neither trainer (perceptron; L-BFGS with one thread) has")
                .append(" randomness, so the same data gives the same model. Training data and evaluation data never")
                .append(" overlap: the intervention model's choices (features, post-processing, threshold) were made")
                .append(" by 2-fold cross-validation inside its 640 training documents (even and odd documents), and")
                .append(" only then scored on the 320 held-out documents (so far seven times: the 100-iteration GIS")
                .append(" model, 0.505, the 50-iteration GIS model cross-validation preferred, 0.518, the first")
                .append(" two-pass model, 0.559, the one with word classes, 0.572, the one whose first pass also")
                .append(" learns participants and outcomes, 0.574, the one with Viterbi spans and the document's")
                .append(" role probabilities, 0.579, and the present one).\n\n")
                .append("Trained: ").append(date).append(", OpenNLP ").append(opennlpVersion()).append(".\n\n")
                .append("| model | trained on | settings | cross-validation in the training data | held-out score |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        for (NerTraining.Result<?> r : results) {
            String cv = r.crossValidation().map(c -> String.format(Locale.ROOT, "%s %.3f (%s)", r.metric(), c.f1(),
                    c.summary())).orElse("-");
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s | %s %.3f (%s) |%n", r.file(), r.data(),
                    r.settings(), cv, r.metric(), r.score().f1(), r.score().summary()));
        }
        md.append("\nTokens: the pipeline's sentence detector (OpenNLP) and tokenizer (`RuleTokenizer`), then split at hyphens, slashes, brackets,")
                .append(" plus signs and commas inside a token (`NerTokenizer.refine`), in training, evaluation")
                .append(" and extraction alike.\n\n")
                .append("Chemical features: OpenNLP's default name finder features (lower-cased token and token class")
                .append(" in a window of two either side, previous outcomes in the document, bigrams, sentence start)")
                .append(" plus token prefixes and suffixes. A dictionary feature over the training mentions was")
                .append(" tried and left out: the model leans on it for every training mention and misses unseen")
                .append(" names (BC5CDR development F1 0.76 with it, 0.85 without). Greedy decoding is")
                .append(" about three times faster than a beam of 3, for 0.007 chemical F1.\n\n")
                .append("Intervention model (`InterventionTagger`): one maxent event per token, with the token")
                .append(" (lower case, shape, affixes), words three and POS tags two either side, bigrams, and")
                .append(" context labels (`InterventionContext`): sentence position, the chemical model's names,")
                .append(" comparator heads and trial-arm cue words from `intervention-cues.txt` (EBM-NLP tags")
                .append(" comparators such as placebo and usual care as interventions), brackets, and whether the")
                .append(" word is in the title or frequent in the document; and the part of a structured abstract")
                .append(" the token is in, from its upper-case headings (`AbstractSections`); and word classes")
                .append(" (`WordClusters`) of the token and its neighbours at three sizes (32, 128 and 512")
                .append(" classes), learnt by the exchange algorithm (`ExchangeClustering`, a class bigram model,")
                .append(" deterministic) from unlabelled text: the BC5CDR training and development titles and")
                .append(" abstracts, the intervention, comparator and outcome strings of the Evidence Inference")
                .append(" prompts, and the tokens of the 640 EBM-NLP training documents (labels unused; the")
                .append(" held-out documents are not read); about 594,000 tokens, 12,029 words seen three times or")
                .append(" more. The classes (words and class numbers only) are stored inside `intervention.bin`, so")
                .append(" tagging reads the classes the model was trained with. The features also read a trial-arm")
                .append(" lexicon (`TrialArmLexicon`): for each word, and each pair of adjacent words, of the")
                .append(" Evidence Inference prompts' strings, the share of the strings holding it that name an")
                .append(" intervention or comparator rather than an outcome (in fifths) and how many strings hold")
                .append(" it (three bands); a token reads its word's label (alone and with its POS tag), its")
                .append(" neighbours' and those of the two pairs it is in. The labels (no text) are stored inside")
                .append(" `intervention.bin` too. The first classifier learns four")
                .append(" outcomes, EBM-NLP's roles: intervention, participants, outcome, none. A second classifier")
                .append(" (`InterventionStacking`) reads the same features and the first one's intervention")
                .append(" probabilities, in tenths, of the token and two tokens either side, of the same word")
                .append(" anywhere in the abstract and of the best token of the sentence, the distance to the")
                .append(" nearest likely token (0.5 or more) either side and the probabilities three tokens away,")
                .append(" and its participants and outcome probabilities of the token and one either side and the")
                .append(" best of each for the same word in the abstract; it learns intervention or not, from")
                .append(" first-pass probabilities of documents the first pass did not see (each half predicted")
                .append(" by a first pass trained on the other half). The tokens that are in are the best in/out")
                .append(" labelling of each sentence (`InterventionSpans`, Viterbi over two states: a token in")
                .append(" scores the log-odds of its probability, the second pass's with a fifth of the first's")
                .append(" mixed in, over the threshold's, and each change between in and out costs 0.25). Both")
                .append(" classifiers are fitted by L-BFGS with an L2 penalty (3 for the first, 10 for the")
                .append(" second).\n\n")
                .append("What was measured (2-fold cross-validation inside the 640 training documents, 100")
                .append(" perceptron or GIS iterations, token F1): the previous `NameFinderME` (BILOU perceptron, chemical and")
                .append(" position context) 0.321; + POS tags 0.346; + cue words 0.349; + brackets 0.331;")
                .append(" + comparator heads 0.317; + therapy lexicon match 0.327 (the lexicon is about depression);")
                .append(" POS, comparator, cue and bracket context together 0.353, with title and frequency")
                .append(" labels 0.371, with BIO instead of BILOU 0.375; document consistency (every repeat of a")
                .append(" found name marked) adds 0.04 to 0.05 to each (0.423 for the best name finder). The token")
                .append(" classifier with the same context, a threshold instead of the most likely label, gap")
                .append(" filling and document consistency: 0.481 with 100 GIS iterations, 0.468 with 200, 0.494")
                .append(" with 50. A name finder cannot trade precision for recall; the classifier can, and token")
                .append(" F1 is best with recall above precision.\n\n")
                .append("Then (same cross-validation, thresholds 0.10 to 0.60 in steps of 0.02): L-BFGS (`MAXENT_QN`,")
                .append(" 300 iterations at most) instead of GIS, L2 cost 1: 0.510, 3: 0.511 (kept), 10: 0.506,")
                .append(" L1 cost 0.5 alone: 0.501. On top of L2 3, one feature set at a time: the abstract part")
                .append(" 0.518 (kept); the sentence's relative place in the abstract (fifths) 0.510; the how-many-th")
                .append(" occurrence of the word in the abstract 0.511; the three together 0.514; a lexicon")
                .append(" distilled from the Evidence Inference prompts (intervention and comparator strings of")
                .append(" 2,622 PMC trials: words' counts in intervention against outcome strings, head words,")
                .append(" longest phrase match) 0.511 on the token alone, 0.493 with its neighbours' labels too, so")
                .append(" it was left out. The second pass: 0.529 over the GIS-free first pass, 0.536 with the")
                .append(" abstract part, 0.540 with the abstract part and without the document-consistency rule")
                .append(" (kept: the second pass sees the same word's probability elsewhere and learns which")
                .append(" repeats the annotators marked; they often mark an arm where the methods describe it and")
                .append(" not where the results repeat it).\n\n")
                .append("Then (same cross-validation, thresholds 0.10 to 0.50; the two-pass model scored 0.538")
                .append(" there): on the second pass, abbreviation propagation (Schwartz-Hearst definitions \"long")
                .append(" form (ABBR)\" in the abstract; the abbreviation's later tokens read the long form's best")
                .append(" first-pass probability and the long form the abbreviation's) 0.532; the best")
                .append(" probability of the word's five-letter stem and in the title, the word's mean probability")
                .append(" and its number of likely repeats 0.528; the span shape (distance to the nearest likely")
                .append(" token, probabilities three away) 0.541 (kept). Mixing the first pass's probability into")
                .append(" the second's: a fifth 0.541, a third 0.540, a half 0.539; span shape and a fifth")
                .append(" together 0.546 (kept). Dropping function words at a span's edges: 0.531 (the annotators")
                .append(" include them). Word classes on the first pass: 0.539 alone, 0.556 with span shape and")
                .append(" the fifth (kept). The second pass's L2 cost (with span shape and the fifth, without word")
                .append(" classes): 1: 0.541, 3: 0.546, 10: 0.551; with word classes, 3: 0.556, 10: 0.558")
                .append(" (kept). Then, with that model as the base (0.559 here): a third pass on the second's")
                .append(" probabilities 0.556; a second-pass L2 cost of 20 0.558; word classes learnt with 2.25")
                .append(" million more words of web text (the WCXB pages' main content) 0.547; noun-phrase")
                .append(" features (chunks from POS tags; the best probability in the token's chunk) 0.524. The")
                .append(" first pass learning participants and outcomes as well (four outcomes) 0.562, with the")
                .append(" second pass reading those two probabilities 0.565 (kept; the second pass with four")
                .append(" outcomes too 0.525; a first-pass L2 cost of 2 0.551, 5 0.561); deciding spans by")
                .append(" Viterbi instead of threshold and gap filling (thresholds in steps of 0.01 from here on),")
                .append(" switch cost 0.1 0.565, 0.25 0.569 (kept),")
                .append(" 0.5 0.567, 1 0.559; then the best participants and outcome probabilities of the word in")
                .append(" the document 0.573 (kept); on top of that, a second-pass L2 cost of 15 0.570, a third of")
                .append(" the first pass mixed in 0.571, the first pass's probability joined with the POS tag and")
                .append(" the abstract part 0.562 (without the document's role probabilities), a second pass")
                .append(" without the first's lexical features 0.568, the cue words of the whole sentence on")
                .append(" every token 0.552, feature cutoff 1 0.557, 3 0.563, 5 0.562, a fourth word-class size")
                .append(" (1,024) 0.564, word classes for words seen twice 0.547. Then the Evidence Inference")
                .append(" prompts as a lexicon again (left out above, when the model was weaker; 0.571 without it")
                .append(" here): the word's label alone 0.570, with its neighbours' and its POS tag 0.575, with")
                .append(" the labels of the word pairs too 0.576 (kept; the trainer's own run of the same")
                .append(" cross-validation, with the features in another order, gives 0.572: L-BFGS stops at a")
                .append(" slightly different point, and differences under 0.005 are within that noise),")
                .append(" whole-string matches of the prompts")
                .append(" instead of the pairs 0.571, labels in tenths with four frequency bands 0.548. Not tried:")
                .append(" abbreviation labels on the first")
                .append(" pass, a sequence model (CRF). Errors that remain are largely")
                .append(" the crowd annotation's own: punctuation, doses and function words inside or beside a span")
                .append(" are marked in one abstract and not in the next, and repeats are marked unevenly.\n\n")
                .append("Data (public, not in this repository): BC5CDR (BioCreative V CDR corpus, PubTator format)")
                .append(" and EBM-NLP (PICO spans, development split as distributed with SciBERT, Apache-2.0);")
                .append(" see `shared/data/README.md`.\n");
        return md.toString();
    }

    private static String opennlpVersion() {
        Package p = opennlp.tools.namefind.NameFinderME.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "2.x" : v;
    }
}
