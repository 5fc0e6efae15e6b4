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
    LIST_ITEM;

    /** Headings and titles name things but state no findings. */
    public boolean carriesFindings() {
        return this == PARAGRAPH || this == LIST_ITEM;
    }
}
