package io.litstream.extract.lexicon;

import io.litstream.topics.extraction.EntityIds;
import java.util.Map;

/**
 * The generated {@code vocabulary-names.tsv}, parsed on the first lookup: it holds some 70,000
 * names, which only a therapy the name finder discovers ever needs, so a process that never
 * looks one up (most tests, the lexicon's own tools) never pays for them.
 */
final class DiscoveredNames {
    private final String content;
    private final String file;
    private volatile Map<String, EntityIds> parsed;

    DiscoveredNames(String content, String file) {
        this.content = content;
        this.file = file;
    }

    /** Already parsed names (a lexicon built in code). */
    DiscoveredNames(Map<String, EntityIds> names) {
        this.content = null;
        this.file = null;
        this.parsed = Map.copyOf(names);
    }

    EntityIds of(String canonicalId) {
        Map<String, EntityIds> names = parsed;
        if (names == null) {
            synchronized (this) {
                if (parsed == null) {
                    parsed = Map.copyOf(LexiconFiles.parseNames(content, file));
                }
                names = parsed;
            }
        }
        return names.getOrDefault(canonicalId, EntityIds.NONE);
    }
}
