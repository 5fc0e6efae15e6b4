package io.litstream.tools.vocab;

import io.litstream.extract.lexicon.LexiconEntry;
import io.litstream.topics.extraction.EntityIds;
import java.util.List;

/**
 * One lexicon entry's ids and how they were found, for the derived table and the review table.
 *
 * @param entry the hand-written entry
 * @param ids   what it carries
 * @param notes why an offered id was not taken (ambiguous, shared with another entry, reviewed)
 */
record EntryMapping(LexiconEntry entry, EntityIds ids, List<String> notes) {
    EntryMapping {
        notes = List.copyOf(notes);
    }
}
