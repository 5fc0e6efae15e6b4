package io.litstream.topics.extraction;

import java.util.regex.Pattern;

/**
 * Identifiers other systems know a therapy or mechanism by, so that a consumer joins litstream's
 * records with a trial registry, a drug database or a knowledge graph without rebuilding the
 * mapping. Each is absent when the vocabulary has no entry for it: never guessed.
 *
 * @param mesh     MeSH descriptor ({@code D007649}) or supplementary concept ({@code C000629870})
 * @param drugbank DrugBank accession ({@code DB01221})
 * @param chebi    ChEBI id with its prefix ({@code CHEBI:6121})
 * @param go       Gene Ontology term of a process ({@code GO:0022008}), for mechanisms only
 */
public record EntityIds(String mesh, String drugbank, String chebi, String go) {
    /** No identifier known. */
    public static final EntityIds NONE = new EntityIds(null, null, null, null);
    public static final Pattern MESH = Pattern.compile("[DC]\\d{6,9}");
    public static final Pattern DRUGBANK = Pattern.compile("DB\\d{5}");
    public static final Pattern CHEBI = Pattern.compile("CHEBI:\\d+");
    public static final Pattern GO = Pattern.compile("GO:\\d{7}");

    public EntityIds {
        mesh = checked(mesh, MESH, "MeSH");
        drugbank = checked(drugbank, DRUGBANK, "DrugBank");
        chebi = checked(chebi, CHEBI, "ChEBI");
        go = checked(go, GO, "GO");
    }

    /** Whether any identifier is known (not named {@code isEmpty}: that would be written as a property). */
    public boolean hasAny() {
        return mesh != null || drugbank != null || chebi != null || go != null;
    }

    /** These ids, or null when there are none: what a record carries, so that no ids means no property. */
    public EntityIds orNull() {
        return hasAny() ? this : null;
    }

    /** Whether {@code namespace} ({@code mesh}, {@code drugbank}, {@code chebi} or {@code go}) holds {@code id}. */
    public boolean has(String namespace, String id) {
        String own = switch (namespace) {
            case "mesh" -> mesh;
            case "drugbank" -> drugbank;
            case "chebi" -> chebi;
            case "go" -> go;
            default -> throw new IllegalArgumentException("unknown id namespace " + namespace);
        };
        return own != null && own.equalsIgnoreCase(id);
    }

    private static String checked(String id, Pattern format, String namespace) {
        if (id == null || id.isBlank()) {
            return null;
        }
        if (!format.matcher(id).matches()) {
            throw new IllegalArgumentException("not a " + namespace + " id: " + id);
        }
        return id;
    }
}
