package io.litstream.extract.lexicon;

import io.litstream.topics.extraction.EntityIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the lexicon TSV files. Lines starting with {@code #} are comments, blank lines are
 * skipped. Entity files have the columns
 * {@code id<TAB>name<TAB>category<TAB>synonyms separated by |<TAB>parent id (optional)};
 * {@code not-entities.tsv} has {@code phrase<TAB>why}. The generated {@code ids.tsv} and
 * {@code vocabulary-synonyms.tsv} ({@code litstream vocab} writes them) are keyed by lexicon id.
 */
final class LexiconFiles {
    static final Set<String> THERAPY_CATEGORIES = Set.of(
            "DRUG", "DRUG_CLASS", "PROCEDURE", "DEVICE", "CELL_GENE_THERAPY", "PSYCHOTHERAPY", "LIFESTYLE");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private LexiconFiles() {
    }

    static List<LexiconEntry> parseEntries(String content, EntityKind kind, String file) {
        List<LexiconEntry> out = new ArrayList<>();
        String[] lines = content.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3 || cols.length > 5) {
                throw bad(file, i, "expected 3 to 5 tab-separated columns, found " + cols.length);
            }
            String id = cols[0].strip();
            String name = cols[1].strip();
            String category = cols[2].strip();
            if (!ID.matcher(id).matches() || name.isEmpty()) {
                throw bad(file, i, "bad id or empty name");
            }
            if (kind == EntityKind.THERAPY && !THERAPY_CATEGORIES.contains(category)) {
                throw bad(file, i, "unknown therapy category " + category);
            }
            List<String> synonyms = cols.length > 3 ? split(cols[3]) : List.of();
            String parent = cols.length > 4 && !cols[4].isBlank() ? cols[4].strip() : null;
            out.add(new LexiconEntry(id, name, kind, category, synonyms, parent));
        }
        return out;
    }

    static List<LexiconEntry> parseBlocked(String content, String file) {
        List<LexiconEntry> out = new ArrayList<>();
        String[] lines = content.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String phrase = line.split("\t", -1)[0].strip();
            if (phrase.isEmpty()) {
                throw bad(file, i, "empty phrase");
            }
            out.add(new LexiconEntry("not-entity-" + (i + 1), phrase, EntityKind.NONE, "NONE", List.of(), null));
        }
        return out;
    }

    /**
     * Parses the generated {@code ids.tsv}: {@code lexicon id<TAB>mesh<TAB>drugbank<TAB>chebi<TAB>go},
     * an empty cell where the vocabulary has no entry.
     */
    static Map<String, EntityIds> parseIds(String content, String file) {
        Map<String, EntityIds> out = new LinkedHashMap<>();
        for (String[] cols : rows(content, file, 5)) {
            try {
                EntityIds ids = new EntityIds(cols[1].strip(), cols[2].strip(), cols[3].strip(), cols[4].strip());
                if (out.put(cols[0].strip(), ids) != null) {
                    throw new IllegalArgumentException(file + ": " + cols[0] + " is listed twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ", " + cols[0] + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * Parses the generated {@code vocabulary-names.tsv}: {@code canonical id<TAB>mesh<TAB>drugbank<TAB>chebi},
     * the ids a therapy the name finder discovers gets when its canonical id is listed.
     */
    static Map<String, EntityIds> parseNames(String content, String file) {
        Map<String, EntityIds> out = new HashMap<>();
        for (String[] cols : rows(content, file, 4)) {
            out.put(cols[0], new EntityIds(cols[1], cols[2], cols[3], null));
        }
        return out;
    }

    /** Parses the generated {@code vocabulary-synonyms.tsv}: {@code lexicon id<TAB>synonyms separated by |}. */
    static Map<String, List<String>> parseSynonyms(String content, String file) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String[] cols : rows(content, file, 2)) {
            if (out.put(cols[0].strip(), split(cols[1])) != null) {
                throw new IllegalArgumentException(file + ": " + cols[0] + " is listed twice");
            }
        }
        return out;
    }

    private static List<String[]> rows(String content, String file, int columns) {
        List<String[]> out = new ArrayList<>();
        String[] lines = content.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("#")) {
                continue;
            }
            String[] cols = lines[i].split("\t", -1);
            if (cols.length != columns) {
                throw bad(file, i, "expected " + columns + " tab-separated columns, found " + cols.length);
            }
            out.add(cols);
        }
        return out;
    }

    private static List<String> split(String synonyms) {
        return Arrays.stream(synonyms.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static IllegalArgumentException bad(String file, int lineIndex, String why) {
        return new IllegalArgumentException(file + " line " + (lineIndex + 1) + ": " + why);
    }
}
