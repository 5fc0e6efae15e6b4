package io.litstream.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class StrayCDataTest {
    @Test
    void aPageWrappedInACDataMarkerCleansToItsTextNotItsMarkup() {
        String html = "<html><body><![CDATA[\n<nav><a href='/'>Home</a></nav><article><h1>Title</h1>"
                + "<p>The first paragraph of the post, long enough to be prose and not a label.</p></article>\n]]></body></html>";
        String text = new HtmlCleaner().clean(html);
        assertTrue(text.contains("The first paragraph of the post"), text);
        assertFalse(text.contains("<p>") || text.contains("Home"), text);
    }

    @Test
    void pagesWithoutStrayMarkersAreLeftAlone() {
        Document doc = Jsoup.parse("<body><script>//<![CDATA[\nvar a = '<b>';\n//]]></script><p>Text</p></body>");
        assertSame(doc, StrayCData.repaired(doc));
        assertEquals("Text", new HtmlCleaner().clean(doc));
    }
}
