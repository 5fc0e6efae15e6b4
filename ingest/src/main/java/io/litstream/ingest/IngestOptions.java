package io.litstream.ingest;

import io.litstream.ingest.directory.DirectorySource;
import io.litstream.ingest.read.ArticleReader;
import java.util.Objects;

/**
 * Settings of an {@link IngestService} besides where to read and where to publish.
 *
 * @param maxBytes largest input read, after gunzip; larger ones become {@code TOO_LARGE} dead letters
 * @param watch    timing of the directory sources
 */
public record IngestOptions(long maxBytes, DirectorySource.Options watch) {
    public IngestOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        Objects.requireNonNull(watch, "watch");
    }

    /** 5 MB inputs, half a second to settle, a full rescan every 30 seconds. */
    public static IngestOptions defaults() {
        return new IngestOptions(ArticleReader.DEFAULT_MAX_BYTES, DirectorySource.Options.defaults());
    }
}
