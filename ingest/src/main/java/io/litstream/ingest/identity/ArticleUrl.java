package io.litstream.ingest.identity;

import java.net.URI;

/** Which URLs name one article, as opposed to a whole site. */
public final class ArticleUrl {
    private ArticleUrl() {
    }

    /**
     * A URL with a path. Some sites declare their home page canonical for every page; taking that
     * at its word would make every article on the site one article.
     */
    public static boolean isArticleUrl(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(url.strip());
            String path = uri.getPath();
            return uri.getScheme() != null && path != null && !path.isEmpty() && !path.equals("/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
