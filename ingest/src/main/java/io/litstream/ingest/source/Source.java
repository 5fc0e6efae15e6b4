package io.litstream.ingest.source;

import java.io.Closeable;

/**
 * A place new articles come from, running on a thread of its own. A source hands what it reads
 * to an {@link io.litstream.ingest.publish.ArticleSink} and never lets a failure escape: a broken feed
 * becomes a dead letter and a log line, and the other sources keep flowing.
 */
public interface Source extends Closeable {
    /** A short name for logs and metrics, e.g. {@code feed https://example.org/rss}. */
    String name();

    /** Starts the source on its own thread. May be called once. */
    void start();

    /** Stops the source, letting an item in progress finish within a grace period. */
    @Override
    void close();
}
