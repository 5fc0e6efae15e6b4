package io.litstream.ingest.dedupe;

/** Why an article counts as a copy of one published before. */
public enum DuplicateKind {
    /** Same DOI under another article id (possible when the first copy's DOI was found only later). */
    DOI,
    /** Same PubMed id under another article id. */
    PMID,
    /** Same canonical URL: the same page read again, or through another address. */
    URL,
    /** Byte-for-byte the same cleaned text under another id. */
    CONTENT,
    /** Nearly the same text: the same press release syndicated with different page chrome. */
    NEAR
}
