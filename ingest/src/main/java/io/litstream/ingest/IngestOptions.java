package io.litstream.ingest;

import io.litstream.ingest.directory.DirectorySource;
import io.litstream.ingest.read.ArticleReader;
import java.util.Objects;

/**
 * Settings of an {@link IngestService} besides where to publish.
 *
 * @param maxBytes largest input read, after gunzip; larger ones become {@code TOO_LARGE} dead letters
 * @param watch    timing of the directory sources
 * @param sources  the network sources (feeds, sitemaps, URL lists, PubMed queries); none by default
 */
public record IngestOptions(long maxBytes, DirectorySource.Options watch, SourcesConfig sources) {
    public IngestOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        Objects.requireNonNull(watch, "watch");
        Objects.requireNonNull(sources, "sources");
    }

    /** Directories only. */
    public IngestOptions(long maxBytes, DirectorySource.Options watch) {
        this(maxBytes, watch, SourcesConfig.none());
    }

    /** 5 MB inputs, half a second to settle, a full rescan every 30 seconds, no network sources. */
    public static IngestOptions defaults() {
        return new IngestOptions(ArticleReader.DEFAULT_MAX_BYTES, DirectorySource.Options.defaults());
    }

    /** These options with {@code sources} as the network sources. */
    public IngestOptions withSources(SourcesConfig sources) {
        return new IngestOptions(maxBytes, watch, sources);
    }
}
