package io.litstream.ingest.sitemap;

import java.net.URI;
import java.util.List;

/**
 * A parsed XML sitemap (sitemaps.org 0.9): a {@code urlset} of pages, or a {@code sitemapindex}
 * of further sitemaps.
 *
 * @param index   whether this is a sitemap index, whose entries are sitemaps rather than pages
 * @param entries the {@code loc} and {@code lastmod} of each entry, in document order
 */
public record Sitemap(boolean index, List<Sitemap.Entry> entries) {
    public Sitemap {
        entries = List.copyOf(entries);
    }

    /** One {@code <url>} or {@code <sitemap>}: where, and when it last changed ({@code ""} when not said). */
    public record Entry(URI loc, String lastmod) {
    }
}
