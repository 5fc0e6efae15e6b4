package io.litstream.ingest;

import io.litstream.ingest.feed.FeedSource;
import io.litstream.ingest.fetch.FetchConfig;
import io.litstream.ingest.fetch.PoliteFetcher;
import io.litstream.ingest.publish.ArticleSink;
import io.litstream.ingest.pubmed.EutilsClient;
import io.litstream.ingest.pubmed.PubmedSource;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.sitemap.SitemapSource;
import io.litstream.ingest.source.PageIntake;
import io.litstream.ingest.source.ScheduledSource;
import io.litstream.ingest.source.SourceCounters;
import io.litstream.ingest.state.SourceState;
import io.litstream.ingest.urls.UrlListSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the network sources a {@link SourcesConfig} describes, each a {@link ScheduledSource}
 * on its own thread. Pages, feeds and sitemaps share one {@link PoliteFetcher}, so that two
 * sources on the same host share its rate limit and robots.txt; PubMed has its own, paced to
 * NCBI's documented limit.
 */
public final class NetworkSources {
    private static final long EUTILS_MAX_BYTES = 32L * 1024 * 1024;
    private NetworkSources() {
    }

    public static List<ScheduledSource> create(SourcesConfig config, ArticleReader reader, ArticleSink sink,
                                               SourceState state, SourceCounters counters, Clock clock) {
        List<ScheduledSource> sources = new ArrayList<>();
        if (!config.feeds().isEmpty() || !config.sitemaps().isEmpty() || !config.urlLists().isEmpty()) {
            PageIntake intake = new PageIntake(new PoliteFetcher(config.fetch()), reader, sink, state, counters);
            for (URI feed : config.feeds()) {
                FeedSource source = new FeedSource(feed, intake);
                sources.add(new ScheduledSource(source.name(), source, config.feedInterval(), counters));
            }
            for (URI sitemap : config.sitemaps()) {
                SitemapSource source = new SitemapSource(sitemap, intake);
                sources.add(new ScheduledSource(source.name(), source, config.pageInterval(), counters));
            }
            for (Path list : config.urlLists()) {
                UrlListSource source = new UrlListSource(list, intake);
                sources.add(new ScheduledSource(source.name(), source, config.pageInterval(), counters));
            }
        }
        if (!config.pubmedQueries().isEmpty()) {
            // A batch of 200 PubMed records can exceed the page limit; E-utilities is a trusted API, not a random page.
            FetchConfig eutils = config.fetch().withObeyRobots(false).withMinIntervalPerHost(config.pubmed().minRequestInterval())
                    .withMaxBodyBytes(Math.max(config.fetch().maxBodyBytes(), EUTILS_MAX_BYTES));
            EutilsClient client = new EutilsClient(new PoliteFetcher(eutils), config.pubmed());
            for (String query : config.pubmedQueries()) {
                PubmedSource source = new PubmedSource(query, client, sink, state, counters, clock);
                sources.add(new ScheduledSource(source.name(), source, config.pubmedInterval(), counters));
            }
        }
        return sources;
    }
}
