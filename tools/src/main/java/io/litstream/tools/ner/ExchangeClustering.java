package io.litstream.tools.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word classes from unlabelled text by the exchange algorithm (Kneser and Ney 1993; Martin,
 * Liermann and Ney 1998): each word of a fixed vocabulary belongs to one of {@code k} classes,
 * and words are moved one at a time to the class that most raises the likelihood of a class
 * bigram model of the text, until no move helps or the iterations run out. Words that are used
 * alike (drug names, therapy nouns, dose units) end up together, which tells the intervention
 * tagger about words it saw rarely or never in its labelled documents.
 *
 * <p>Deterministic: the vocabulary is ordered by count (ties by the word), the start assigns the
 * i-th word to class {@code i mod k}, words are visited in that order and a tie keeps the word
 * where it is or takes the lowest class.
 */
public final class ExchangeClustering {
    private ExchangeClustering() {
    }

    /**
     * @param sentences  lower-case normalised tokens, one array per sentence
     * @param minCount   words seen fewer times get no class
     * @param k          number of classes
     * @param iterations passes over the vocabulary at most
     * @return each word of the vocabulary and its class, 0 to {@code k - 1}
     */
    public static Map<String, Integer> cluster(List<String[]> sentences, int minCount, int k, int iterations) {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] s : sentences) {
            for (String w : s) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        List<String> vocab = new ArrayList<>();
        counts.forEach((w, c) -> {
            if (c >= minCount) {
                vocab.add(w);
            }
        });
        vocab.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> w));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            index.put(vocab.get(i), i);
        }
        int v = vocab.size();
        List<Map<Integer, Integer>> right = new ArrayList<>(v);
        List<Map<Integer, Integer>> left = new ArrayList<>(v);
        for (int i = 0; i < v; i++) {
            right.add(new HashMap<>());
            left.add(new HashMap<>());
        }
        for (String[] s : sentences) {
            for (int i = 0; i + 1 < s.length; i++) {
                Integer a = index.get(s[i]);
                Integer b = index.get(s[i + 1]);
                if (a != null && b != null) {
                    right.get(a).merge(b, 1, Integer::sum);
                    left.get(b).merge(a, 1, Integer::sum);
                }
            }
        }
        int[][] rightWords = new int[v][];
        int[][] rightCounts = new int[v][];
        int[][] leftWords = new int[v][];
        int[][] leftCounts = new int[v][];
        for (int i = 0; i < v; i++) {
            flatten(right.get(i), i, rightWords, rightCounts);
            flatten(left.get(i), i, leftWords, leftCounts);
        }
        int[] cls = new int[v];
        double[][] n = new double[k][k];
        double[] nl = new double[k];
        double[] nr = new double[k];
        for (int i = 0; i < v; i++) {
            cls[i] = i % k;
        }
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < rightWords[i].length; j++) {
                n[cls[i]][cls[rightWords[i][j]]] += rightCounts[i][j];
                nl[cls[i]] += rightCounts[i][j];
                nr[cls[rightWords[i][j]]] += rightCounts[i][j];
            }
        }
        double[] r = new double[k];
        double[] l = new double[k];
        int[] nzR = new int[k];
        int[] nzL = new int[k];
        for (int it = 0; it < iterations; it++) {
            int moved = 0;
            for (int w = 0; w < v; w++) {
                int a = cls[w];
                double self = 0;
                double outW = 0;
                double inW = 0;
                int nr0 = 0;
                int nl0 = 0;
                for (int j = 0; j < rightWords[w].length; j++) {
                    int u = rightWords[w][j];
                    outW += rightCounts[w][j];
                    if (u == w) {
                        self += rightCounts[w][j];
                        continue;
                    }
                    if (r[cls[u]] == 0) {
                        nzR[nr0++] = cls[u];
                    }
                    r[cls[u]] += rightCounts[w][j];
                }
                for (int j = 0; j < leftWords[w].length; j++) {
                    int u = leftWords[w][j];
                    inW += leftCounts[w][j];
                    if (u == w) {
                        continue;
                    }
                    if (l[cls[u]] == 0) {
                        nzL[nl0++] = cls[u];
                    }
                    l[cls[u]] += leftCounts[w][j];
                }
                // take w out of its class
                for (int j = 0; j < nr0; j++) {
                    n[a][nzR[j]] -= r[nzR[j]];
                }
                for (int j = 0; j < nl0; j++) {
                    n[nzL[j]][a] -= l[nzL[j]];
                }
                n[a][a] -= self;
                nl[a] -= outW;
                nr[a] -= inW;
                int best = a;
                double bestGain = gain(a, n, nl, nr, r, l, nzR, nr0, nzL, nl0, self, outW, inW);
                for (int c = 0; c < k; c++) {
                    if (c == a) {
                        continue;
                    }
                    double g = gain(c, n, nl, nr, r, l, nzR, nr0, nzL, nl0, self, outW, inW);
                    if (g > bestGain + 1e-9) {
                        bestGain = g;
                        best = c;
                    }
                }
                for (int j = 0; j < nr0; j++) {
                    n[best][nzR[j]] += r[nzR[j]];
                }
                for (int j = 0; j < nl0; j++) {
                    n[nzL[j]][best] += l[nzL[j]];
                }
                n[best][best] += self;
                nl[best] += outW;
                nr[best] += inW;
                if (best != a) {
                    moved++;
                    cls[w] = best;
                }
                for (int j = 0; j < nr0; j++) {
                    r[nzR[j]] = 0;
                }
                for (int j = 0; j < nl0; j++) {
                    l[nzL[j]] = 0;
                }
            }
            if (moved == 0) {
                break;
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < v; i++) {
            out.put(vocab.get(i), cls[i]);
        }
        return out;
    }

    /** Change of the class bigram log-likelihood when the word (taken out) joins class c. */
    private static double gain(int c, double[][] n, double[] nl, double[] nr, double[] r, double[] l, int[] nzR,
                               int nr0, int[] nzL, int nl0, double self, double outW, double inW) {
        double g = 0;
        for (int j = 0; j < nr0; j++) {
            int d = nzR[j];
            if (d != c) {
                g += delta(n[c][d], r[d]);
            }
        }
        for (int j = 0; j < nl0; j++) {
            int d = nzL[j];
            if (d != c) {
                g += delta(n[d][c], l[d]);
            }
        }
        g += delta(n[c][c], r[c] + l[c] + self);
        g -= delta(nl[c], outW);
        g -= delta(nr[c], inW);
        return g;
    }

    private static double delta(double x, double add) {
        return add == 0 ? 0 : xlogx(x + add) - xlogx(x);
    }

    private static double xlogx(double x) {
        return x <= 0 ? 0 : x * Math.log(x);
    }

    private static void flatten(Map<Integer, Integer> m, int self, int[][] words, int[][] counts) {
        int[] keys = m.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] c = new int[keys.length];
        for (int j = 0; j < keys.length; j++) {
            c[j] = m.get(keys[j]);
        }
        words[self] = keys;
        counts[self] = c;
    }
}
