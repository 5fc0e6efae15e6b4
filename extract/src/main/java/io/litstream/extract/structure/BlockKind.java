package io.litstream.extract.structure;

/** What a block of the cleaned text is; only paragraphs and list items carry findings. */
public enum BlockKind {
    /** The article title handed in by ingest. */
    TITLE,
    /** A heading: opens a section, never merges into the sentence after it. */
    HEADING,
    /** Running prose. */
    PARAGRAPH,
    /** One bullet or numbered item. */
    LIST_ITEM,
    /**
     * A table as ingest found it in the markup (cells {@code " | "}, rows on lines). Its therapies
     * and mechanisms are mentions, but its cells are not read for claims (yet): the claim rules
     * read sentences, and a row is not one.
     */
    TABLE,
    /** A figure or table caption as ingest found it: names what is shown, states no finding. */
    CAPTION;

    /** Headings and titles name things but state no findings. */
    public boolean carriesFindings() {
        return this == PARAGRAPH || this == LIST_ITEM;
    }
}
