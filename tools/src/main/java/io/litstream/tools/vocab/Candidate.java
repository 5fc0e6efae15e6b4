package io.litstream.tools.vocab;

import java.util.Set;

/**
 * What the vocabularies offer one lexicon entry in one namespace.
 *
 * @param ids  the distinct ids found at the best tier that found any; one id is a match, several
 *             are ambiguous and none is taken
 * @param tier how close the match is: 0 the entry's name against the vocabulary's preferred name,
 *             higher for synonyms on either side (lower wins when two entries want one id)
 */
record Candidate(Set<String> ids, int tier) {
    static final Candidate NONE = new Candidate(Set.of(), Integer.MAX_VALUE);

    boolean unique() {
        return ids.size() == 1;
    }

    String id() {
        return unique() ? ids.iterator().next() : null;
    }
}
