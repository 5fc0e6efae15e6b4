package io.litstream.ingest.feed;

import java.net.URI;
import java.time.Instant;

/**
 * One entry of a feed, as much of it as intake needs.
 *
 * @param key       what identifies the entry across polls: its guid (RSS) or id (Atom), else its link
 * @param link      the article page, absolute; {@code null} when the entry has no usable link
 * @param title     the entry's title, for logs
 * @param published publication or update time, when given
 */
public record FeedItem(String key, URI link, String title, Instant published) {
}
