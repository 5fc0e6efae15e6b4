package io.litstream.aggregate.score;

import io.litstream.topics.summary.SourceGenre;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a journal record from a web page, and names the source an article came from, using
 * only what every extraction carries: the article id (ingest makes it {@code doi:}, {@code pmid:}
 * or {@code pmc:} when the article has such an identifier, a text hash otherwise), the URL and
 * the place it was read.
 */
public final class SourceClassifier {
    /** Hosts of scholarly indexes and resolvers: a URL there is a journal record. */
    private static final Set<String> JOURNAL_HOSTS = Set.of(
            "doi.org", "dx.doi.org", "pubmed.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov", "europepmc.org",
            "pmc.ncbi.nlm.nih.gov");

    private SourceClassifier() {
    }

    /** JOURNAL when the article has a DOI, PubMed or PMC id, or its URL is on a scholarly index; else WEB. */
    public static SourceGenre genre(String articleId, String url) {
        String id = articleId == null ? "" : articleId.toLowerCase(Locale.ROOT);
        if (id.startsWith("doi:") || id.startsWith("pmid:") || id.startsWith("pmc:")) {
            return SourceGenre.JOURNAL;
        }
        String host = host(url);
        return host != null && JOURNAL_HOSTS.contains(host) ? SourceGenre.JOURNAL : SourceGenre.WEB;
    }

    /**
     * Which source an article counts for, so that ten posts on one blog are one source and two
     * journals are two: the DOI registrant prefix ({@code doi:10.1016}, roughly the publisher),
     * else the URL host without {@code www.}, else {@code pubmed} / {@code pmc} for those ids,
     * else the file it was read from (a file with no URL stands for itself), else {@code unknown}.
     */
    public static String source(String articleId, String url, String readFrom) {
        String id = articleId == null ? "" : articleId.toLowerCase(Locale.ROOT);
        if (id.startsWith("doi:")) {
            int slash = id.indexOf('/');
            return slash > 0 ? id.substring(0, slash) : id;
        }
        String host = host(url);
        if (host != null && !JOURNAL_HOSTS.contains(host)) {
            return host;
        }
        if (id.startsWith("pmid:")) {
            return "pubmed";
        }
        if (id.startsWith("pmc:")) {
            return "pmc";
        }
        if (host != null) {
            return host;
        }
        String readHost = host(readFrom);
        if (readHost != null) {
            return readHost;
        }
        if (readFrom != null && !readFrom.isBlank()) {
            // A file with no URL: nothing tells where it was published, so it stands for itself.
            return "file:" + readFrom.replace('\\', '/');
        }
        return "unknown";
    }

    private static String host(String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
