package io.litstream.extract.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Scores a name finder model on held-out sentences, in the two ways the evaluations report:
 * exact mention spans (BC5CDR) and per-token labels (EBM-NLP). Adaptive data is cleared at
 * each document start, as the extractor does.
 */
public final class NameFinderScorer {
    private NameFinderScorer() {
    }

    /**
     * Exact-span mention F1 over characters: a predicted mention counts only when its start and
     * end offsets equal a gold mention's. Gold mentions the tokens cannot represent, or that cross
     * a sentence boundary, count as missed.
     */
    public static F1Counts mentions(TokenNameFinderModel model, List<PubTatorDocument> documents,
                                    ChemicalCorpus corpus) {
        List<String> gold = new ArrayList<>();
        for (PubTatorDocument doc : documents) {
            for (PubTatorMention m : doc.mentions(ChemicalCorpus.BC5CDR_TYPE)) {
                gold.add(key(doc.pmid(), m.start(), m.end()));
            }
        }
        NameFinderME finder = new NameFinderME(model);
        List<String> predicted = new ArrayList<>();
        for (AlignedSentence s : corpus.sentences()) {
            if (s.firstOfDocument()) {
                finder.clearAdaptiveData();
            }
            for (Span name : finder.find(s.words())) {
                Span chars = TokenSpans.toChars(s.tokens(), name);
                predicted.add(key(s.documentId(), chars.getStart(), chars.getEnd()));
            }
        }
        return F1Counts.compare(gold, predicted);
    }

    /** Token-level F1 of interventions over the corpus' own tokens. */
    public static F1Counts tokens(TokenNameFinderModel model, List<InterventionSentence> sentences) {
        NameFinderME finder = new NameFinderME(model);
        F1Counts total = F1Counts.ZERO;
        for (InterventionSentence s : sentences) {
            if (s.sentence().firstOfDocument()) {
                finder.clearAdaptiveData();
            }
            String[][] context = s.sentence().context();
            String[] words = s.sentence().words();
            total = total.plus(tokenCounts(s, context == null ? finder.find(words) : finder.find(words, context)));
        }
        return total;
    }

    /** Per-token comparison of one sentence: a corpus token is predicted when any of its pieces is in a name. */
    static F1Counts tokenCounts(InterventionSentence s, Span[] names) {
        boolean[] predicted = new boolean[s.intervention().length];
        for (Span name : names) {
            for (int p = name.getStart(); p < name.getEnd(); p++) {
                predicted[s.origin()[p]] = true;
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < predicted.length; i++) {
            boolean gold = s.intervention()[i];
            if (gold && predicted[i]) {
                tp++;
            } else if (predicted[i]) {
                fp++;
            } else if (gold) {
                fn++;
            }
        }
        return new F1Counts(tp, fp, fn);
    }

    private static String key(String doc, int start, int end) {
        return doc + ':' + start + ':' + end;
    }
}
