package io.litstream.ingest;

import io.litstream.ingest.publish.ArticleSink;
import io.litstream.ingest.read.Rejection;
import io.litstream.topics.article.RawArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A sink that remembers what it was given, for tests; waits are bounded and poll, never assume timing. */
public final class RecordingSink implements ArticleSink {
    /** A rejection with the source it came from. */
    public record Rejected(String source, Rejection rejection) {
    }

    private final List<RawArticle> articles = new ArrayList<>();
    private final List<Rejected> rejections = new ArrayList<>();

    @Override
    public synchronized void accept(RawArticle article) {
        articles.add(article);
        notifyAll();
    }

    @Override
    public synchronized void reject(String source, Rejection rejection) {
        rejections.add(new Rejected(source, rejection));
        notifyAll();
    }

    public synchronized List<RawArticle> articles() {
        return List.copyOf(articles);
    }

    public synchronized List<Rejected> rejections() {
        return List.copyOf(rejections);
    }

    /** Waits until {@code condition} holds for the articles received, or fails after {@code timeout}. */
    public synchronized List<RawArticle> awaitArticles(Predicate<List<RawArticle>> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(articles)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("condition not met within " + timeout + "; articles so far: "
                        + articles.stream().map(RawArticle::source).toList());
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(articles);
    }

    /** Waits until at least {@code count} rejections arrived, or fails after {@code timeout}. */
    public synchronized List<Rejected> awaitRejections(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (rejections.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " rejections within " + timeout + ", got " + rejections);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(rejections);
    }
}
