package io.litstream.ingest.state;

/**
 * The namespaces of the publisher's keys in the state store. A key is {@code <namespace>:<subject>};
 * subjects are used verbatim (ids, URLs, hashes). Network sources keep their own keys in the same
 * store, namespaced with {@code |} ({@code feed|<url>|validators}, {@code page|<url>}), so the two
 * never collide.
 */
public final class StateKeys {
    /** Content hash last published under an article id. */
    public static final String PUBLISHED_HASH = "hash:";
    /** Why a local input (a file, a line of a URL-list file) was dead-lettered: {@code <reason>:<sha256 of the payload>}. */
    public static final String REJECTED = "rejected:";
    /** MinHash signature of a published article's text, for near-duplicate detection. */
    public static final String FINGERPRINT = "fp:";
    /** An article that was not published because it duplicates another: JSON {of, by, similarity}. */
    public static final String DUPLICATE = "dup:";
    /** An article id whose tombstone was published (value: the reason); such an article is never published again. */
    public static final String RETRACTED = "retracted:";
    /** The article id last published from a file (by its absolute path), for retraction on delete. */
    public static final String FROM_FILE = "from-file:";
    /** The article id first published with a DOI, PMID, canonical URL or content hash. */
    public static final String FIRST_BY_DOI = "first:doi:";
    public static final String FIRST_BY_PMID = "first:pmid:";
    public static final String FIRST_BY_URL = "first:url:";
    public static final String FIRST_BY_CONTENT = "first:content:";

    private StateKeys() {
    }
}
