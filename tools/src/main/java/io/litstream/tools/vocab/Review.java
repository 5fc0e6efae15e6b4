package io.litstream.tools.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decisions a person took reading the mapping table ({@code vocab-review.tsv} beside this
 * class): an id the exact match got wrong is removed ({@code -}) or, where the vocabulary names
 * the entry in another spelling, set; a harvested synonym that is a common word or ambiguous is
 * dropped. One decision a line: {@code lexicon id<TAB>what<TAB>value<TAB>why}, where {@code what}
 * is {@code mesh}, {@code drugbank}, {@code chebi}, {@code go} or {@code synonym}.
 */
record Review(Map<String, String> ids, Map<String, String> droppedSynonyms) {
    static final String FILE = "vocab-review.tsv";
    static final String NONE = "-";

    static Review shipped() {
        try (InputStream in = Review.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Review parse(String content) {
        Map<String, String> ids = new HashMap<>();
        Map<String, String> dropped = new HashMap<>();
        List<String> lines = content.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String[] cols = lines.get(i).split("\t", -1);
            if (lines.get(i).isBlank() || cols[0].startsWith("#")) {
                continue;
            }
            if (cols.length != 4 || cols[3].isBlank()) {
                throw new IllegalArgumentException(FILE + " line " + (i + 1) + ": expected id, what, value and why");
            }
            switch (cols[1]) {
                case "mesh", "drugbank", "chebi", "go" -> ids.put(key(cols[0], cols[1]), cols[2].strip());
                case "synonym" -> dropped.put(cols[0] + "\t" + cols[2].strip().toLowerCase(java.util.Locale.ROOT),
                        cols[3]);
                default -> throw new IllegalArgumentException(FILE + " line " + (i + 1) + ": unknown " + cols[1]);
            }
        }
        return new Review(Map.copyOf(ids), Map.copyOf(dropped));
    }

    /** The reviewed id of one entry in one namespace: empty when not reviewed, {@value #NONE} when removed. */
    Optional<String> id(String entryId, String namespace) {
        return Optional.ofNullable(ids.get(key(entryId, namespace)));
    }

    boolean dropsSynonym(String entryId, String synonym) {
        return droppedSynonyms.containsKey(entryId + "\t" + synonym.toLowerCase(java.util.Locale.ROOT));
    }

    private static String key(String entryId, String namespace) {
        return entryId + "\t" + namespace;
    }
}
