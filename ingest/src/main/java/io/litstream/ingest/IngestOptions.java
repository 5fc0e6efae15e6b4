package io.litstream.ingest;

import io.litstream.ingest.directory.DirectorySource;
import io.litstream.ingest.pdf.PdfLimits;
import io.litstream.ingest.read.ArticleReader;
import java.util.Objects;

/**
 * Settings of an {@link IngestService} besides where to publish.
 *
 * @param maxBytes largest input read, after gunzip; larger ones become {@code TOO_LARGE} dead letters
 * @param watch    timing of the directory sources
 * @param sources  the network sources (feeds, sitemaps, URL lists, PubMed queries); none by default
 * @param pdf      what reading one PDF may cost: pages, time, memory
 * @param onDelete what a file deleted from a watched folder does to its article ({@code ingest.dirs.on.delete})
 */
public record IngestOptions(long maxBytes, DirectorySource.Options watch, SourcesConfig sources, PdfLimits pdf,
                            DirectorySource.OnDelete onDelete) {
    public IngestOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        Objects.requireNonNull(watch, "watch");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(onDelete, "onDelete");
    }

    /** Deleted files leave their articles in place. */
    public IngestOptions(long maxBytes, DirectorySource.Options watch, SourcesConfig sources, PdfLimits pdf) {
        this(maxBytes, watch, sources, pdf, DirectorySource.OnDelete.IGNORE);
    }

    /** Default PDF limits; deleted files leave their articles in place. */
    public IngestOptions(long maxBytes, DirectorySource.Options watch, SourcesConfig sources) {
        this(maxBytes, watch, sources, PdfLimits.defaults());
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
        return new IngestOptions(maxBytes, watch, sources, pdf, onDelete);
    }

    /** These options with {@code pdf} as the PDF limits. */
    public IngestOptions withPdf(PdfLimits pdf) {
        return new IngestOptions(maxBytes, watch, sources, pdf, onDelete);
    }

    /** These options with deleted files doing {@code action}. */
    public IngestOptions withOnDelete(DirectorySource.OnDelete action) {
        return new IngestOptions(maxBytes, watch, sources, pdf, action);
    }
}
