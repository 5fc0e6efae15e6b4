package io.litstream.launcher.bench;

/** How much work was done in how long. */
record Throughput(long articles, long tokens, long nanos) {
    double articlesPerSecond() {
        return articles / seconds();
    }

    double tokensPerSecond() {
        return tokens / seconds();
    }

    double seconds() {
        return nanos / 1e9;
    }
}
