package io.litstream.extract.ner;

/**
 * An EBM-NLP sentence re-tokenized as the name finder sees it, remembering where each
 * (sub-)token came from so that scores are given over the corpus' own tokens.
 *
 * @param sentence     the sentence with its intervention spans over the sub-tokens
 * @param origin       for each sub-token, the index of the corpus token it is part of
 * @param intervention for each corpus token, whether its gold tag is an intervention
 */
public record InterventionSentence(AlignedSentence sentence, int[] origin, boolean[] intervention) {
    public InterventionSentence {
        origin = origin.clone();
        intervention = intervention.clone();
    }
}
