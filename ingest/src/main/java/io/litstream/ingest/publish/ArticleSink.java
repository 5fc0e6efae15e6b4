package io.litstream.ingest.publish;

import io.litstream.ingest.read.Rejection;
import io.litstream.topics.article.RawArticle;

/**
 * Where sources hand what they read. Implementations must be thread-safe (each directory source
 * calls from its own thread) and may throw when they cannot take an item; the source then logs it
 * and tries the file again on its next full rescan.
 */
public interface ArticleSink {
    /** An article was read. */
    void accept(RawArticle article);

    /**
     * An input could not become an article.
     *
     * @param source where the input came from (for files, the absolute path)
     */
    void reject(String source, Rejection rejection);
}
