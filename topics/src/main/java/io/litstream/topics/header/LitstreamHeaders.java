package io.litstream.topics.header;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Record headers litstream writes on summaries and events, all UTF-8 strings. They let a
 * consumer route or filter a record before parsing it, and tell which extractor version
 * produced the evidence behind it.
 */
public final class LitstreamHeaders {
    /** The schema version of the value, e.g. {@code 1} for {@code therapy-summary.v1.schema.json}. */
    public static final String SCHEMA_VERSION = "litstream.schema.version";
    /** The extractor version of the extraction whose change produced this record. */
    public static final String EXTRACTOR_VERSION = "litstream.extractor.version";
    /** The article whose change produced this record. */
    public static final String ARTICLE_ID = "litstream.article.id";
    /** What happened to that article: one of {@link ArticleChange}. */
    public static final String ARTICLE_CHANGE = "litstream.article.change";
    /** On a tombstone of a raw article: why ingest retracted it ("PubMed: Retracted Publication", an operator's reason). */
    public static final String RETRACTION_REASON = "litstream.retraction.reason";
    /**
     * On a summary record, repeated once per article: every article whose change the record
     * carries, i.e. that changed the therapy since its previous summary record (the summary goes
     * out once per commit), in the order they were applied, at most {@link #MAX_SUMMARISED_ARTICLES}.
     * {@link #ARTICLE_ID} names the last of them.
     */
    public static final String SUMMARISED_ARTICLE = "litstream.summarised.article";
    /** The most {@link #SUMMARISED_ARTICLE} headers one summary record carries. */
    public static final int MAX_SUMMARISED_ARTICLES = 500;

    /** What happened to the article behind a record. */
    public enum ArticleChange {
        /** A new or updated extraction. */
        UPDATED,
        /** A tombstone: the article was retracted or deleted. */
        RETRACTED
    }

    private LitstreamHeaders() {
    }

    /** The last value of header {@code key} as UTF-8, or null. */
    public static String get(Headers headers, String key) {
        Header h = headers == null ? null : headers.lastHeader(key);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Every value of header {@code key} as UTF-8, in order. */
    public static List<String> all(Headers headers, String key) {
        List<String> values = new ArrayList<>();
        if (headers != null) {
            for (Header h : headers.headers(key)) {
                if (h.value() != null) {
                    values.add(new String(h.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    /** Replaces header {@code key} by {@code value}; removes it when {@code value} is null. */
    public static void set(Headers headers, String key, String value) {
        headers.remove(key);
        if (value != null) {
            headers.add(key, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
