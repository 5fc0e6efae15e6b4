package io.litstream.tools.ner;

import io.litstream.extract.ner.WordClusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Learns the tagger's {@link WordClusters} from unlabelled text, one {@link ExchangeClustering} per class count. */
public final class WordClassLearning {
    static final int ITERATIONS = 15;

    private WordClassLearning() {
    }

    /** @param sentences unlabelled text as tokens ({@link NerTokenizer}), one array per sentence */
    public static WordClusters learn(List<String[]> sentences) {
        List<String[]> normalised = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            String[] n = new String[s.length];
            for (int i = 0; i < s.length; i++) {
                n[i] = WordClusters.normalise(s[i]);
            }
            normalised.add(n);
        }
        List<Map<String, Integer>> bySize = new ArrayList<>();
        for (int k : WordClusters.SIZES) {
            bySize.add(ExchangeClustering.cluster(normalised, WordClusters.MIN_COUNT, k, ITERATIONS));
        }
        Map<String, int[]> classes = new HashMap<>();
        for (String w : bySize.get(0).keySet()) {
            int[] c = new int[WordClusters.SIZES.size()];
            for (int level = 0; level < c.length; level++) {
                c[level] = bySize.get(level).get(w);
            }
            classes.put(w, c);
        }
        return new WordClusters(classes);
    }
}
