package io.litstream.ingest.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.litstream.ingest.fetch.SafeXml;
import io.litstream.ingest.source.TestResources;
import io.litstream.topics.article.RawArticle;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PubmedXmlParserTest {
    /** Nothing listens there: had the parser tried to load the DTD the DOCTYPE names, parsing would fail. */
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9/");
    private final PubmedXmlParser parser = new PubmedXmlParser();

    private static byte[] resource(String name) {
        return TestResources.text("pubmed/" + name, NOWHERE).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aStructuredAbstractBecomesLabelledParagraphsWithEveryIdentifier() throws Exception {
        PubmedRecord record = parser.parse(resource("efetch.xml")).get(0);

        assertEquals("99001234", record.pmid());
        assertEquals("10.99999/jimr.2026.0042", record.doi());
        assertEquals("PMC9900123", record.pmcid());
        assertEquals("Lantern-light therapy for winter low mood: a fictional randomised trial.", record.title());
        assertEquals(List.of(
                "BACKGROUND: Winter low mood is common in the invented town of Northmere.",
                "METHODS: Sixty adults sat by a lantern for thirty minutes each evening for four weeks.",
                "RESULTS: Mood scores improved more with lanterns than with a dim lamp (p<0.05).",
                "CONCLUSIONS: Lantern light may help; this trial is fictional."), record.abstractSections());
        assertEquals(List.of("Ada Okonkwo-Baird", "Tomas J Lindqvist"), record.authors());
        assertEquals("Journal of Imaginary Mood Research", record.journal());
        assertEquals("2026-10-28", record.published());
        assertEquals(2026, record.year());
        assertEquals(List.of("Journal Article", "Randomized Controlled Trial"), record.publicationTypes());
        assertEquals("eng", record.language());
    }

    @Test
    void aRecordWithoutDoiIsKeyedByPmidAndTakesItsYearFromTheMedlineDate() throws Exception {
        List<PubmedRecord> records = parser.parse(resource("efetch.xml"));
        assertEquals(2, records.size(), "the book chapter is skipped");
        PubmedRecord review = records.get(1);

        assertNull(review.doi());
        assertEquals(List.of("Northmere Garden Study Group"), review.authors());
        assertEquals(2025, review.year());
        assertEquals(List.of("Systematic Review"), review.publicationTypes());

        RawArticle article = review.toRawArticle(Instant.parse("2026-11-05T00:00:00Z"));
        assertEquals("pmid:99001235", article.id());
        assertEquals(RawArticle.SourceKind.PUBMED, article.sourceKind());
        assertEquals("https://pubmed.ncbi.nlm.nih.gov/99001235/", article.url());
        assertEquals(List.of("Systematic Review"), article.publicationTypes(), "the extractor reads them");
        assertEquals("Garden work and mood: a made-up systematic review.\n\n"
                + "We pretended to search three databases and found eleven invented studies of garden work.", article.text());
    }

    @Test
    void theDoiDecidesTheArticleId() throws Exception {
        RawArticle article = parser.parse(resource("efetch.xml")).get(0).toRawArticle(Instant.EPOCH);
        assertEquals("doi:10.99999/jimr.2026.0042", article.id());
        assertEquals("99001234", article.pmid());
        assertEquals(2026, article.year());
    }

    @Test
    void theRawArticleCarriesAFullPublishedDateAndTheGuessedLanguageButAYearAloneStaysAYear() throws Exception {
        List<PubmedRecord> records = parser.parse(resource("efetch.xml"));
        RawArticle dated = records.get(0).toRawArticle(Instant.EPOCH);
        assertEquals(java.time.LocalDate.of(2026, 10, 28), dated.published());
        assertEquals("en", dated.language());
        assertNull(dated.blocks(), "the labelled sections stay in the text");
        assertNull(records.get(1).toRawArticle(Instant.EPOCH).published(), "a MedlineDate gives only a year");
    }

    @Test
    void entityExpansionAndExternalEntitiesAreRefused() {
        assertThrows(SafeXml.UnsafeOrMalformedXml.class, () -> parser.parse(resource("efetch-billion-laughs.xml")));
        assertThrows(SafeXml.UnsafeOrMalformedXml.class, () -> parser.parse(resource("efetch-external-entity.xml")));
    }

    @Test
    void anEsearchAnswerGivesCountAndIds() throws Exception {
        EsearchResult result = EsearchResult.parse(resource("esearch.xml"));
        assertEquals(3, result.count());
        assertEquals(List.of("99001236", "99001235", "99001234"), result.ids());
    }

    @Test
    void anEsearchErrorIsAFailure() {
        byte[] error = "<eSearchResult><ERROR>Invalid query</ERROR></eSearchResult>".getBytes(StandardCharsets.UTF_8);
        assertThrows(SafeXml.UnsafeOrMalformedXml.class, () -> EsearchResult.parse(error));
    }
}
