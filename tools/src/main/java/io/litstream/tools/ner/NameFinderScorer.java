package io.litstream.tools.ner;

import io.litstream.extract.ner.InterventionTagger;
import io.litstream.extract.ner.TokenSpans;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Scores a name finder model on held-out sentences, in the two ways the evaluations report:
 * exact mention spans (BC5CDR; adaptive data is cleared at
 * each document start, as the extractor does) and per-token labels (EBM-NLP).
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

    /**
     * Token-level F1 of interventions over the corpus' own tokens, the tagger reading each
     * document whole.
     */
    public static F1Counts tokens(InterventionTagger tagger, List<List<InterventionSentence>> documents) {
        F1Counts total = F1Counts.ZERO;
        for (List<InterventionSentence> doc : documents) {
            total = total.plus(tokenCounts(doc, tagger.find(doc.stream().map(s -> s.sentence().words()).toList())));
        }
        return total;
    }

    /** Per-token comparison of one document, sentence by sentence. */
    static F1Counts tokenCounts(List<InterventionSentence> sentences, List<Span[]> names) {
        F1Counts total = F1Counts.ZERO;
        for (int i = 0; i < sentences.size(); i++) {
            total = total.plus(tokenCounts(sentences.get(i), names.get(i)));
        }
        return total;
    }

    /** Per-token comparison of one sentence: a corpus token is predicted when any of its pieces is in a name. */
    static F1Counts tokenCounts(InterventionSentence s, Span[] names) {
        boolean[] intervention = s.intervention();
        boolean[] predicted = new boolean[intervention.length];
        for (Span name : names) {
            for (int p = name.getStart(); p < name.getEnd(); p++) {
                predicted[s.origin()[p]] = true;
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < predicted.length; i++) {
            boolean gold = intervention[i];
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
