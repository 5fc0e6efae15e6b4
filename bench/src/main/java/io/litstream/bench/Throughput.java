package io.litstream.bench;

/**
 * How much work was done in how long, and the CPU time it took.
 *
 * @param nanos    wall-clock time
 * @param cpuNanos CPU time of everything that did the work (threads or processes); 0 when unknown
 */
public record Throughput(long articles, long tokens, long nanos, long cpuNanos) {
    double articlesPerSecond() {
        return articles / seconds();
    }

    double tokensPerSecond() {
        return tokens / seconds();
    }

    double seconds() {
        return nanos / 1e9;
    }

    /** CPU milliseconds per article; NaN when the CPU time is unknown. */
    double cpuMillisPerArticle() {
        return cpuNanos <= 0 || articles == 0 ? Double.NaN : cpuNanos / 1e6 / articles;
    }

    /** The two measurements as one: the work and the time added up. */
    public Throughput plus(Throughput other) {
        return new Throughput(articles + other.articles, tokens + other.tokens, nanos + other.nanos,
                cpuNanos + other.cpuNanos);
    }
}
