package io.litstream.tools.ner;

import io.litstream.extract.ner.InterventionModel;

/**
 * An EBM-NLP sentence re-tokenized as the name finder sees it, remembering where each
 * (sub-)token came from so that scores are given over the corpus' own tokens.
 *
 * @param sentence     the sentence with its intervention spans over the sub-tokens
 * @param origin       for each sub-token, the index of the corpus token it is part of
 * @param roles        for each corpus token, its gold PICO role as the first pass learns it
 *                     ({@link InterventionModel#INSIDE}, {@link InterventionModel#PARTICIPANTS},
 *                     {@link InterventionModel#OUTCOME} or {@link InterventionModel#OUTSIDE})
 */
public record InterventionSentence(AlignedSentence sentence, int[] origin, String[] roles) {
    public InterventionSentence {
        origin = origin.clone();
        roles = roles.clone();
    }

    /** For each corpus token, whether its gold tag is an intervention. */
    public boolean[] intervention() {
        boolean[] out = new boolean[roles.length];
        for (int i = 0; i < roles.length; i++) {
            out[i] = roles[i].equals(InterventionModel.INSIDE);
        }
        return out;
    }

    /** The gold role of each sub-token: the role of the corpus token it is part of. */
    public String[] pieceRoles() {
        String[] out = new String[origin.length];
        for (int p = 0; p < origin.length; p++) {
            out[p] = roles[origin[p]];
        }
        return out;
    }
}
