package io.litstream.tools.ner;

/**
 * The fixed settings of one name finder training run; with the same data they give the same model.
 *
 * @param algorithm       OpenNLP trainer: {@code MAXENT} (GIS) or {@code PERCEPTRON}
 * @param iterations      training iterations
 * @param cutoff          features seen fewer times are dropped (keeps the model small)
 * @param threads         GIS threads (the event sums are combined in a fixed order, so the result
 *                        does not depend on it)
 * @param affixLength     longest prefix and suffix used as features, 0 for none
 * @param bilou           BILOU instead of BIO outcome coding
 * @param useDictionary   add a dictionary feature built from the training mentions
 * @param beamSize        the decoder's beam, stored in the model; 1 decodes greedily (about three
 *                        times faster, which matters on the per-article path)
 */
public record NerTrainingConfig(String algorithm, int iterations, int cutoff, int threads, int affixLength,
                                boolean bilou, boolean useDictionary, int beamSize) {
    /** As MODEL.md shows it. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s, %d iterations, cutoff %d, %s, affixes up to %d, %s%s",
                algorithm, iterations, cutoff, bilou ? "BILOU" : "BIO", affixLength,
                beamSize == 1 ? "greedy decoding" : "beam " + beamSize, useDictionary ? ", training-mention dictionary" : "");
    }

    public NerTrainingConfig {
        if (iterations < 1 || cutoff < 0 || threads < 1 || affixLength < 0 || beamSize < 1) {
            throw new IllegalArgumentException(
                    "iterations >= 1, cutoff >= 0, threads >= 1, affixLength >= 0, beamSize >= 1");
        }
    }
}
