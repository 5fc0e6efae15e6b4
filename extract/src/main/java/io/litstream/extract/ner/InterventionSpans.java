package io.litstream.extract.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Turns per-token intervention probabilities of a sentence into intervention spans: the best
 * in/out labelling of the sentence, where a token that is in scores the log-odds of its probability
 * over the threshold's and every change between in and out costs {@value #SWITCH_COST}. So a token
 * at the threshold is in when its neighbours are; a weak token between two strong ones joins them
 * ("A and B"); a lone token just over the threshold among outside tokens stays out. (2-fold
 * cross-validation inside the training documents, on the same probabilities: a plain threshold
 * with single-token gaps filled at half of it 0.565; this decoding with a cost of 0.1 0.565, 0.2
 * 0.568, 0.25 0.569, 0.3 0.568, 0.5 0.567, 1 0.559, 2 0.542.)
 *
 * <p>A former step marked every repeat of a found name in the document; the tagger's
 * second pass ({@link InterventionStacking}) now sees the same word's probabilities elsewhere in
 * the document and decides repeats itself, which cross-validation preferred (0.540 against 0.536
 * with the rule on top).
 */
public final class InterventionSpans {
    /** The type of the intervention spans the tagger finds (and the training corpus marks). */
    public static final String NAME_TYPE = "intervention";
    /** What a change between in and out costs, in log-odds. */
    static final double SWITCH_COST = 0.25;
    /** Probabilities are kept this far from 0 and 1, so that every log-odds is finite. */
    private static final double EDGE = 1e-6;

    private InterventionSpans() {
    }

    /** Which tokens of one sentence are in (Viterbi over two states, in and out). */
    public static boolean[] decide(double[] inside, double threshold) {
        int n = inside.length;
        boolean[] in = new boolean[n];
        if (n == 0) {
            return in;
        }
        double bar = logOdds(threshold);
        // best score of the tokens up to i ending out / in, and whether that came from in
        double[] endOut = new double[n];
        double[] endIn = new double[n];
        boolean[] outFromIn = new boolean[n];
        boolean[] inFromIn = new boolean[n];
        endIn[0] = logOdds(inside[0]) - bar;
        for (int i = 1; i < n; i++) {
            double gain = logOdds(inside[i]) - bar;
            inFromIn[i] = endIn[i - 1] >= endOut[i - 1] - SWITCH_COST;
            endIn[i] = gain + (inFromIn[i] ? endIn[i - 1] : endOut[i - 1] - SWITCH_COST);
            outFromIn[i] = endIn[i - 1] - SWITCH_COST > endOut[i - 1];
            endOut[i] = outFromIn[i] ? endIn[i - 1] - SWITCH_COST : endOut[i - 1];
        }
        boolean state = endIn[n - 1] > endOut[n - 1];
        for (int i = n - 1; i >= 0; i--) {
            in[i] = state;
            state = state ? inFromIn[i] : outFromIn[i];
        }
        return in;
    }

    private static double logOdds(double p) {
        double q = Math.min(Math.max(p, EDGE), 1 - EDGE);
        return Math.log(q / (1 - q));
    }

    /** Runs of marked tokens as spans of type {@value #NAME_TYPE}. */
    public static Span[] spans(boolean[] in) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= in.length; i++) {
            boolean inside = i < in.length && in[i];
            if (inside && start < 0) {
                start = i;
            } else if (!inside && start >= 0) {
                out.add(new Span(start, i, NAME_TYPE));
                start = -1;
            }
        }
        return out.toArray(Span[]::new);
    }
}
