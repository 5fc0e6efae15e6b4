package io.litstream.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {
    @Test
    void readsTheFormsPublishersWrite() {
        LocalDate d = LocalDate.of(2024, 3, 5);
        for (String v : new String[] {"2024-03-05", "2024-03-05T09:30:00+01:00", "2024/3/5", "20240305",
                "March 5, 2024", "Mar. 5th 2024", "5 March 2024", "2024 Mar 5"}) {
            assertEquals(Optional.of(d), PublishedDates.parse(v), v);
        }
    }

    @Test
    void ambiguousPartialAndImpossibleDatesAreNotDates() {
        for (String v : new String[] {"05/03/2024", "2024", "March 2024", "2024-02-30", "1850-01-01", "soon"}) {
            assertEquals(Optional.empty(), PublishedDates.parse(v), v);
        }
    }

    @Test
    void metaTagsComeBeforeStructuredData() {
        var doc = Jsoup.parse("""
                <html><head><meta name="citation_publication_date" content="2021/06/01">
                <script type="application/ld+json">{"datePublished": "2020-01-01"}</script></head><body></body></html>""");
        assertEquals(Optional.of(LocalDate.of(2021, 6, 1)), PublishedDates.of(doc));
        var ld = Jsoup.parse("<script type=\"application/ld+json\">{\"datePublished\": \"2020-01-02\"}</script>");
        assertEquals(Optional.of(LocalDate.of(2020, 1, 2)), PublishedDates.of(ld));
    }
}
