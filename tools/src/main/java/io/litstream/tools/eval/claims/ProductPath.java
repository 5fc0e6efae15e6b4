package io.litstream.tools.eval.claims;

import io.litstream.extract.ArticleExtractor;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import java.nio.file.Path;
import java.util.Optional;

/** A file through exactly what {@code ./litstream extract} does: ingest's reader and cleaner, then the extractor. */
final class ProductPath {
    private final ArticleReader reader = new ArticleReader();
    private final ArticleExtractor extractor;

    ProductPath(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /** What was read and extracted; one of them. */
    record Extracted(RawArticle article, ArticleExtraction extraction) {
    }

    /** Empty when ingest rejects the file (it would be a dead letter). */
    Optional<Extracted> extract(Path file) {
        if (reader.read(file) instanceof ReadResult.Accepted a) {
            return Optional.of(new Extracted(a.article(), extractor.extract(a.article())));
        }
        return Optional.empty();
    }
}
