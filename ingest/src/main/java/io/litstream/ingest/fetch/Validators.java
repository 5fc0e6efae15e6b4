package io.litstream.ingest.fetch;

/**
 * What a server said about a version of a resource, sent back on the next request so that an
 * unchanged resource costs a {@code 304} instead of a download.
 *
 * @param etag         the {@code ETag} header, or {@code null}
 * @param lastModified the {@code Last-Modified} header as sent, or {@code null}
 */
public record Validators(String etag, String lastModified) {
    private static final Validators NONE = new Validators(null, null);

    public static Validators none() {
        return NONE;
    }

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }

    /** A single-line form for a key-value state store; {@link #decode} reads it back. */
    public String encode() {
        return (etag == null ? "" : etag.replace("\n", " ")) + "\n" + (lastModified == null ? "" : lastModified.replace("\n", " "));
    }

    public static Validators decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return NONE;
        }
        int nl = encoded.indexOf('\n');
        String etag = nl < 0 ? encoded : encoded.substring(0, nl);
        String lastModified = nl < 0 ? "" : encoded.substring(nl + 1);
        return new Validators(etag.isEmpty() ? null : etag, lastModified.isEmpty() ? null : lastModified);
    }
}
