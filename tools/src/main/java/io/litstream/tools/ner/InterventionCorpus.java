package io.litstream.tools.ner;

import io.litstream.extract.ner.InterventionModel;
import io.litstream.extract.ner.InterventionSpans;
import io.litstream.extract.ner.NerTokenizer;
import io.litstream.extract.ner.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * EBM-NLP abstracts as sentences of interventions. The corpus tokens are joined by
 * spaces and split further the way {@link NerTokenizer#refine} splits pipeline tokens, each
 * piece keeping its token's tag; a run of pieces tagged {@value #CORPUS_TAG} is one name.
 *
 * <p>Only the development split of EBM-NLP is available here, so {@link #split} divides it
 * deterministically by document: in file order, the first two of every three documents train,
 * the third is held out. No document is in both parts.
 */
public final class InterventionCorpus {
    public static final String CORPUS_TAG = "I-INT";
    public static final String NAME_TYPE = InterventionSpans.NAME_TYPE;

    private InterventionCorpus() {
    }

    /** The train part: documents 0, 1, 3, 4, 6, 7, ... of the file. */
    public static List<EbmNlpDocument> trainPart(List<EbmNlpDocument> documents) {
        return split(documents, false);
    }

    /** The held-out part: documents 2, 5, 8, ... of the file. */
    public static List<EbmNlpDocument> evalPart(List<EbmNlpDocument> documents) {
        return split(documents, true);
    }

    private static List<EbmNlpDocument> split(List<EbmNlpDocument> documents, boolean heldOut) {
        List<EbmNlpDocument> out = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if ((i % 3 == 2) == heldOut) {
                out.add(documents.get(i));
            }
        }
        return out;
    }

    /** Each document as its sentences (title first). */
    public static List<List<InterventionSentence>> documents(List<EbmNlpDocument> documents) {
        List<List<InterventionSentence>> out = new ArrayList<>(documents.size());
        for (EbmNlpDocument doc : documents) {
            List<InterventionSentence> sentences = new ArrayList<>();
            for (List<TaggedToken> tokens : doc.sentences()) {
                sentences.add(sentence(doc.pmid(), sentences.isEmpty(), tokens));
            }
            out.add(sentences);
        }
        return out;
    }

    static InterventionSentence sentence(String pmid, boolean first, List<TaggedToken> corpusTokens) {
        StringBuilder text = new StringBuilder();
        Span[] original = new Span[corpusTokens.size()];
        String[] roles = new String[corpusTokens.size()];
        for (int i = 0; i < corpusTokens.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            original[i] = new Span(text.length(), text.length() + corpusTokens.get(i).text().length());
            text.append(corpusTokens.get(i).text());
            roles[i] = role(corpusTokens.get(i).tag());
        }
        String s = text.toString();
        Span[] pieces = NerTokenizer.refine(s, original);
        int[] origin = new int[pieces.length];
        for (int p = 0, o = 0; p < pieces.length; p++) {
            while (original[o].getEnd() <= pieces[p].getStart()) {
                o++;
            }
            origin[p] = o;
        }
        List<Span> names = new ArrayList<>();
        int start = -1;
        for (int p = 0; p <= pieces.length; p++) {
            boolean in = p < pieces.length && roles[origin[p]].equals(InterventionModel.INSIDE);
            if (in && start < 0) {
                start = p;
            } else if (!in && start >= 0) {
                names.add(new Span(start, p, NAME_TYPE));
                start = -1;
            }
        }
        return new InterventionSentence(new AlignedSentence(pmid, first, s, pieces, names), origin, roles);
    }

    /** The first pass's outcome for a corpus tag: intervention, participants, outcome or none of them. */
    static String role(String tag) {
        return isIntervention(tag) ? InterventionModel.INSIDE
                : tag.endsWith("-PAR") ? InterventionModel.PARTICIPANTS
                : tag.endsWith("-OUT") ? InterventionModel.OUTCOME
                : InterventionModel.OUTSIDE;
    }

    static boolean isIntervention(String tag) {
        return tag.endsWith("-INT");
    }
}
