package io.litstream.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourcesConfigTest {
    private static SourcesConfig from(Map<String, String> settings) {
        return SourcesConfig.fromSettings(key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void nothingConfiguredMeansNoSourcesAndSafeDefaults() {
        SourcesConfig none = SourcesConfig.none();

        assertTrue(none.isEmpty());
        assertFalse(none.fetch().allowPrivateAddresses());
        assertTrue(none.fetch().obeyRobots());
        assertEquals("litstream/0.1 (+https://github.com/litstream)", none.fetch().userAgent());
        assertNull(none.pubmed().apiKey());
        assertEquals(Duration.ofMillis(350), none.pubmed().minRequestInterval());
    }

    @Test
    void everyKeyIsRead() {
        SourcesConfig config = from(Map.ofEntries(
                Map.entry("ingest.feeds", "https://a.example.org/rss, https://b.example.org/atom.xml"),
                Map.entry("ingest.sitemaps", "https://c.example.org/sitemap.xml"),
                Map.entry("ingest.url.lists", "lists/reading.txt"),
                Map.entry("ingest.pubmed.queries", "depression AND (therapy OR treatment); ketamine, esketamine"),
                Map.entry("ingest.feed.interval", "5m"),
                Map.entry("ingest.pages.interval", "PT2H"),
                Map.entry("ingest.pubmed.interval", "30m"),
                Map.entry("ingest.contact.email", "curator@example.org"),
                Map.entry("ingest.pubmed.api.key", "k123"),
                Map.entry("ingest.pubmed.datetype", "PDAT"),
                Map.entry("ingest.pubmed.window", "30d"),
                Map.entry("ingest.fetch.allow.private.addresses", "true"),
                Map.entry("ingest.fetch.min.interval", "2s"),
                Map.entry("ingest.fetch.read.timeout", "45s"),
                Map.entry("ingest.max.bytes", "1000000")));

        assertEquals(List.of(URI.create("https://a.example.org/rss"), URI.create("https://b.example.org/atom.xml")), config.feeds());
        assertEquals(List.of(Path.of("lists/reading.txt")), config.urlLists());
        assertEquals(List.of("depression AND (therapy OR treatment)", "ketamine, esketamine"), config.pubmedQueries());
        assertEquals(Duration.ofMinutes(5), config.feedInterval());
        assertEquals(Duration.ofHours(2), config.pageInterval());
        assertEquals("litstream/0.1 (+https://github.com/litstream; mailto:curator@example.org)", config.fetch().userAgent());
        assertEquals("k123", config.pubmed().apiKey());
        assertEquals(Duration.ofMillis(110), config.pubmed().minRequestInterval());
        assertEquals("pdat", config.pubmed().dateType());
        assertEquals(Duration.ofDays(30), config.pubmed().initialWindow());
        assertTrue(config.fetch().allowPrivateAddresses());
        assertEquals(Duration.ofSeconds(2), config.fetch().minIntervalPerHost());
        assertEquals(1_000_000, config.fetch().maxBodyBytes());
    }

    @Test
    void malformedValuesAreRefusedNamingTheKey() {
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class, () -> from(Map.of("ingest.feeds", "not a url")));
        assertTrue(url.getMessage().startsWith("ingest.feeds"), url.getMessage());
        IllegalArgumentException duration = assertThrows(IllegalArgumentException.class,
                () -> from(Map.of("ingest.feed.interval", "soon")));
        assertTrue(duration.getMessage().startsWith("ingest.feed.interval"), duration.getMessage());
    }
}
