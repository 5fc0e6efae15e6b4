package io.litstream.topics.summary;

/**
 * What kind of publication an article is, as far as its identifiers tell: the score trusts a
 * journal record more than a page from the open web.
 */
public enum SourceGenre {
    /** A scholarly record: the article has a DOI, PubMed or PubMed Central id, or a URL on a journal index. */
    JOURNAL,
    /** Anything else: a blog post, news story or web page identified only by a hash of its text. */
    WEB
}
