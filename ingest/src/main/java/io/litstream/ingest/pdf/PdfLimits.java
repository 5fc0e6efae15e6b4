package io.litstream.ingest.pdf;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one PDF may cost. A hostile PDF (thousands of pages, a decompression bomb, a content
 * stream that loops through the same form a million times) ends as a dead letter when it reaches
 * one of these, never as a stuck or dead ingest thread.
 *
 * @param maxPages       more pages than this: {@code TOO_LARGE} before any page is read
 * @param timeout        longest the text of one document may take; checked between content-stream operators
 * @param maxMemoryBytes most memory PDFBox may use for decoded streams of one document
 */
public record PdfLimits(int maxPages, Duration timeout, long maxMemoryBytes) {
    public static final int DEFAULT_MAX_PAGES = 500;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_MEMORY_BYTES = 64L * 1024 * 1024;

    public PdfLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxPages <= 0 || timeout.isNegative() || timeout.isZero() || maxMemoryBytes <= 0) {
            throw new IllegalArgumentException("PDF limits must be positive: " + maxPages + " pages, " + timeout
                    + ", " + maxMemoryBytes + " bytes");
        }
    }

    /** 500 pages, 30 seconds, 64 MB. */
    public static PdfLimits defaults() {
        return new PdfLimits(DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT, DEFAULT_MAX_MEMORY_BYTES);
    }
}
