package io.litstream.ingest.read;

import io.litstream.topics.article.RawArticle;
import java.util.Objects;

/** What reading one input gives: an article, or a rejection saying why there is none. */
public sealed interface ReadResult permits ReadResult.Accepted, Rejection {

    /** The input became an article. */
    record Accepted(RawArticle article) implements ReadResult {
        public Accepted {
            Objects.requireNonNull(article, "article");
        }
    }
}
