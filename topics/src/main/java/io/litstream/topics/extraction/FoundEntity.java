package io.litstream.topics.extraction;

import java.util.List;

/**
 * A therapy or mechanism found in an article.
 *
 * @param id       canonical id, e.g. {@code ketamine}, {@code botulinum-toxin-a}, {@code bdnf}
 * @param name     canonical display name
 * @param category for therapies the therapy type (DRUG, DRUG_CLASS, PROCEDURE, DEVICE,
 *                 CELL_GENE_THERAPY, PSYCHOTHERAPY, LIFESTYLE); for mechanisms a mechanism family
 * @param mentions the distinct surface forms seen in the text, in order of first appearance
 * @param parents  canonical ids of the classes this entity belongs to, nearest first (sertraline →
 *                 ssri, antidepressants): linked, but never counted as the same therapy
 * @param ids      identifiers in outside vocabularies (MeSH, DrugBank, ChEBI, GO); null when none is
 *                 known, and in records written before ids existed
 */
public record FoundEntity(String id, String name, String category, List<String> mentions, List<String> parents,
                          EntityIds ids) {
    public FoundEntity {
        mentions = List.copyOf(mentions);
        parents = parents == null ? List.of() : List.copyOf(parents);
        ids = ids == null ? null : ids.orNull();
    }

    /** An entity with no known outside ids. */
    public FoundEntity(String id, String name, String category, List<String> mentions, List<String> parents) {
        this(id, name, category, mentions, parents, null);
    }

    /** An entity with no known classes. */
    public FoundEntity(String id, String name, String category, List<String> mentions) {
        this(id, name, category, mentions, List.of(), null);
    }
}
