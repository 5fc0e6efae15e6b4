package io.litstream.bench;

import io.litstream.extract.ArticleExtractor;
import io.litstream.topics.article.RawArticle;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The baseline: the same extraction code the stream runs, called in a plain loop on
 * {@code threads} threads (one extractor each, as one per stream thread), no Kafka.
 */
public final class BareExtractorRun {
    private BareExtractorRun() {
    }

    public static Throughput run(List<RawArticle> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            AtomicLong tokens = new AtomicLong();
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> workers = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    ArticleExtractor extractor;
                    try {
                        extractor = ArticleExtractor.create();
                    } finally {
                        ready.countDown();
                    }
                    go.await();
                    int i;
                    while ((i = next.getAndIncrement()) < articles.size()) {
                        tokens.addAndGet(extractor.extract(articles.get(i)).tokenCount());
                    }
                    return null;
                }));
            }
            ready.await();
            // From here on the JVM does nothing but extract: its CPU time, GC and JIT included,
            // is what the work costs, counted as the pipeline's is.
            long start = System.nanoTime();
            long cpuStart = ProcessCpu.nanos();
            go.countDown();
            for (Future<?> w : workers) {
                w.get();
            }
            long elapsed = System.nanoTime() - start;
            return new Throughput(articles.size(), tokens.get(), elapsed, ProcessCpu.nanos() - cpuStart);
        } finally {
            pool.shutdownNow();
        }
    }
}
