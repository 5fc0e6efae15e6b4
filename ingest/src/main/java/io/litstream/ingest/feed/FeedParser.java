package io.litstream.ingest.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.xml.sax.InputSource;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom with Rome, safely: DOCTYPEs are refused outright, which
 * shuts out entity expansion ("billion laughs") and external entities (XXE) at once; no real
 * feed needs a DTD. Entries come back oldest first (feeds list the newest first), so that intake
 * follows publication order.
 */
public final class FeedParser {
    /** The feed is malformed, not a feed, or tried something the parser refuses. */
    public static final class FeedParseException extends Exception {
        FeedParseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public List<FeedItem> parse(byte[] xml, URI base) throws FeedParseException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new ByteArrayInputStream(xml)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new FeedParseException(e.getMessage(), e);
        } catch (RuntimeException e) {
            // Rome wraps some parser failures oddly; a feed must never take the source down.
            throw new FeedParseException("unreadable feed: " + e, e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            URI link = link(entry, base);
            String key = firstNonBlank(entry.getUri(), link == null ? null : link.toString());
            if (key == null) {
                continue; // nothing to identify it by, nothing to fetch
            }
            Date when = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new FeedItem(key.strip(), link, entry.getTitle(), when == null ? null : when.toInstant()));
        }
        Collections.reverse(items);
        return items;
    }

    private static URI link(SyndEntry entry, URI base) {
        List<String> candidates = new ArrayList<>();
        candidates.add(entry.getLink());
        for (SyndLink l : entry.getLinks()) {
            if (l.getRel() == null || l.getRel().equals("alternate")) {
                candidates.add(l.getHref());
            }
        }
        for (String candidate : candidates) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            try {
                URI resolved = base.resolve(new URI(candidate.strip()));
                String scheme = resolved.getScheme();
                if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                    return resolved;
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // try the next candidate
            }
        }
        return null;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b == null || b.isBlank() ? null : b;
    }
}
