package io.litstream.extract.claims;

import io.litstream.extract.lexicon.LexiconEntry;

/**
 * A therapy a sentence is about.
 *
 * @param entry   the therapy
 * @param surface the words that named it, in this sentence or an earlier one
 * @param start   offset of the mention in this sentence, or -1 when it was named earlier
 */
record TherapyRef(LexiconEntry entry, String surface, int start) {
    /** The same therapy carried over to a later sentence that only refers to it. */
    TherapyRef borrowed() {
        return start < 0 ? this : new TherapyRef(entry, surface, -1);
    }
}
