package io.litstream.extract.ner;

import io.litstream.extract.nlp.NlpModels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * The features of each token of a document for the intervention token classifier: the token
 * (lower case, shape, 3- and 4-character prefix and suffix), the words three either side, the
 * POS tags two either side, word bigrams and the POS trigram around it, its
 * {@link InterventionContext} labels (alone and with its POS tag), and which comparator, cue and
 * chemical labels stand up to {@value #CUE_WINDOW} tokens to its left and right; and the part of
 * a structured abstract it is in ({@link AbstractSections}); and the word classes of the token and
 * its neighbours, learnt from unlabelled text ({@link WordClusters}); and how trial-arm and outcome
 * strings of other trials use the token, its neighbours and the pairs it is in
 * ({@link TrialArmLexicon}).
 *
 * <p><b>Not thread-safe</b> (it owns a POS tagger and a chemical name finder); one per thread.
 */
public final class InterventionFeatures {
    static final int CUE_WINDOW = 6;
    private final NameFinderME chemicals;
    private final POSTaggerME tagger;
    private final InterventionCues cues;
    private final WordClusters clusters;
    private final TrialArmLexicon lexicon;

    public InterventionFeatures(TokenNameFinderModel chemicals, NlpModels nlp, InterventionCues cues,
                                WordClusters clusters, TrialArmLexicon lexicon) {
        this.chemicals = new NameFinderME(chemicals);
        this.tagger = new POSTaggerME(nlp.posModel());
        this.cues = cues;
        this.clusters = clusters;
        this.lexicon = lexicon;
    }

    /** The word classes these features read (the model keeps them, so tagging reads the same ones). */
    public WordClusters clusters() {
        return clusters;
    }

    /** The trial-arm lexicon these features read (the model keeps it too). */
    public TrialArmLexicon lexicon() {
        return lexicon;
    }

    /** For each sentence of one document (title first), for each token, its features. */
    public List<String[][]> of(List<String[]> sentences) {
        chemicals.clearAdaptiveData();
        DocumentWords document = DocumentWords.of(sentences);
        AbstractSections.Parts parts = AbstractSections.of(sentences);
        List<String[][]> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[][] context = InterventionContext.of(words, s, chemicals.find(words), document, cues);
            String[] tags = tagger.tag(words);
            String[][] features = new String[words.length][];
            for (int i = 0; i < words.length; i++) {
                String[] own = withPart(token(words, tags, context, i), parts.part().get(s)[i],
                        parts.heading().get(s)[i]);
                features[i] = withLexicon(withClasses(own, words, i, clusters), words, tags, i, lexicon);
            }
            out.add(features);
        }
        return out;
    }

    static String[] token(String[] words, String[] tags, String[][] context, int i) {
        List<String> f = new ArrayList<>(48);
        f.add("bias");
        String w = at(words, i);
        f.add("w=" + w);
        f.add("sh=" + shape(words[i]));
        for (int k = 3; k <= 4; k++) {
            if (w.length() > k) {
                f.add("pre" + k + "=" + w.substring(0, k));
                f.add("suf" + k + "=" + w.substring(w.length() - k));
            }
        }
        for (int d = -3; d <= 3; d++) {
            if (d != 0) {
                f.add("w" + d + "=" + at(words, i + d));
            }
        }
        for (int d = -2; d <= 2; d++) {
            f.add("t" + d + "=" + tag(tags, i + d));
        }
        f.add("b-=" + at(words, i - 1) + "_" + w);
        f.add("b+=" + w + "_" + at(words, i + 1));
        f.add("tt=" + tag(tags, i - 1) + "_" + tags[i] + "_" + tag(tags, i + 1));
        for (String c : context[i]) {
            f.add("c=" + c);
            f.add("c=" + c + "_" + tags[i]);
        }
        for (int d = 1; d <= CUE_WINDOW; d++) {
            windowLabels(f, "L", context, i - d);
            windowLabels(f, "R", context, i + d);
        }
        return f.toArray(String[]::new);
    }

    /** The token's features and the part of the abstract it is in ({@code sec=}, {@code hdr} for a heading). */
    static String[] withPart(String[] features, String part, boolean heading) {
        String[] out = Arrays.copyOf(features, features.length + (heading ? 2 : 1));
        out[features.length] = "sec=" + part;
        if (heading) {
            out[features.length + 1] = "hdr";
        }
        return out;
    }

    /**
     * The token's features and word classes ({@link WordClusters}): its own at every size, its
     * neighbours' one either side at the two coarser sizes and two either side at the coarsest, and
     * the middle size's class bigrams with each neighbour (2-fold cross-validation inside the
     * training documents, with the span-shape features and the first pass mixed in: 0.546 without
     * the classes, 0.556 with them).
     */
    static String[] withClasses(String[] features, String[] words, int i, WordClusters clusters) {
        List<String> f = new ArrayList<>(features.length + 12);
        f.addAll(Arrays.asList(features));
        for (int level = 0; level < WordClusters.SIZES.size(); level++) {
            f.add("k" + level + "=" + classOf(words, i, level, clusters));
        }
        for (int d : new int[] {-1, 1}) {
            f.add("k0" + d + "=" + classOf(words, i + d, 0, clusters));
            f.add("k1" + d + "=" + classOf(words, i + d, 1, clusters));
        }
        for (int d : new int[] {-2, 2}) {
            f.add("k0" + d + "=" + classOf(words, i + d, 0, clusters));
        }
        f.add("k1b=" + classOf(words, i - 1, 1, clusters) + "_" + classOf(words, i, 1, clusters));
        f.add("k1a=" + classOf(words, i, 1, clusters) + "_" + classOf(words, i + 1, 1, clusters));
        return f.toArray(String[]::new);
    }

    /**
     * The token's features and its {@link TrialArmLexicon} labels: its own (alone and with its POS
     * tag), its neighbours' one either side, and those of the pairs it ends and starts (alone and
     * together).
     */
    static String[] withLexicon(String[] features, String[] words, String[] tags, int i, TrialArmLexicon lexicon) {
        String[] out = Arrays.copyOf(features, features.length + 7);
        String own = lexicon.word(words, i);
        String ending = lexicon.pair(words, i - 1);
        String starting = lexicon.pair(words, i);
        int k = features.length;
        out[k++] = "gz=" + own;
        out[k++] = "gz-1=" + lexicon.word(words, i - 1);
        out[k++] = "gz+1=" + lexicon.word(words, i + 1);
        out[k++] = "gzt=" + own + "_" + tags[i];
        out[k++] = "gzl=" + ending;
        out[k++] = "gzr=" + starting;
        out[k] = "gzlr=" + ending + "_" + starting;
        return out;
    }

    /** The class of the word at {@code i}, or "x" outside the sentence. */
    private static String classOf(String[] words, int i, int level, WordClusters clusters) {
        return i < 0 || i >= words.length ? "x" : clusters.of(words[i], level);
    }

    private static void windowLabels(List<String> f, String side, String[][] context, int j) {
        if (j < 0 || j >= context.length) {
            return;
        }
        for (String c : context[j]) {
            if (c.startsWith("cue=") || c.equals("cmp") || c.equals("chem")) {
                f.add(side + c);
            }
        }
    }

    private static String at(String[] words, int i) {
        return i < 0 ? "<s>" : i >= words.length ? "</s>" : words[i].toLowerCase(Locale.ROOT);
    }

    private static String tag(String[] tags, int i) {
        return i < 0 ? "<s>" : i >= tags.length ? "</s>" : tags[i];
    }

    /** Character classes with runs collapsed: "Vitamin" → "Aa", "5-HT3" → "0-A0". */
    static String shape(String word) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (char c : word.toCharArray()) {
            char k = Character.isUpperCase(c) ? 'A' : Character.isLowerCase(c) ? 'a' : Character.isDigit(c) ? '0' : c;
            if (k != last) {
                b.append(k);
            }
            last = k;
        }
        return b.toString();
    }
}
