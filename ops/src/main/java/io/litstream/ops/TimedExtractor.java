package io.litstream.ops;

import io.litstream.extract.Extractor;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Times every extraction into a histogram and counts its trial arms ({@link ArmCounters}). Two
 * clock reads, a bucket increment and a counter per arm per article, against milliseconds of
 * NLP: cheap enough to leave on.
 */
public final class TimedExtractor implements Extractor {
    private final Extractor inner;
    private final Timer timer;
    private final ArmCounters arms;

    private TimedExtractor(Extractor inner, Timer timer, ArmCounters arms) {
        this.inner = inner;
        this.timer = timer;
        this.arms = arms;
    }

    /** Each extractor {@code extractors} supplies, timed into {@code timer}, its arms counted into {@code arms}. */
    public static Supplier<Extractor> around(Supplier<? extends Extractor> extractors, Timer timer,
                                             ArmCounters arms) {
        return () -> new TimedExtractor(extractors.get(), timer, arms);
    }

    @Override
    public ArticleExtraction extract(RawArticle article) {
        long start = System.nanoTime();
        try {
            ArticleExtraction extraction = inner.extract(article);
            arms.count(extraction);
            return extraction;
        } finally {
            timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
