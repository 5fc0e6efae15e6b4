package io.litstream.extract;

import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;

/** Turns one raw article into its extraction. The stream depends on this, not on the NLP behind it. */
@FunctionalInterface
public interface Extractor {
    ArticleExtraction extract(RawArticle article);
}
