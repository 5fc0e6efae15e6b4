package io.litstream.ingest.europepmc;

import com.fasterxml.jackson.databind.JsonNode;
import io.litstream.ingest.identity.ArticleId;
import io.litstream.ingest.identity.ContentHash;
import io.litstream.ingest.jats.JatsArticle;
import io.litstream.ingest.metadata.Languages;
import io.litstream.ingest.read.Format;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.article.RawArticle.SourceKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One Europe PMC search result ({@code resultType=core}, JSON): its ids, title, abstract,
 * publication types and the retractions it reports.
 *
 * @param source      Europe PMC's source of the record ({@code MED}, {@code PMC}, {@code PPR} ...)
 * @param id          its id within that source
 * @param pmid        PMID, or {@code null}
 * @param pmcid       PMC id ({@code PMC…}), or {@code null}
 * @param doi         lower-case DOI, or {@code null}
 * @param title       the title
 * @param abstractText the abstract with markup removed, or ""
 * @param published   {@code firstPublicationDate}, or {@code null}
 * @param types       {@code pubTypeList.pubType}
 * @param retractedIn whether a {@code commentCorrection} of type "Retraction in" names a notice retracting it
 * @param retracts    the PMIDs this record is the retraction notice of ("Retraction of")
 * @param openAccess  {@code isOpenAccess} is {@code Y}: Europe PMC serves the record's full text as JATS
 */
public record EuropePmcRecord(String source, String id, String pmid, String pmcid, String doi, String title,
                              String abstractText, LocalDate published, List<String> types, boolean retractedIn,
                              List<String> retracts, boolean openAccess) {
    private static final Pattern TAGS = Pattern.compile("<[^>]{0,200}>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PMCID = Pattern.compile("PMC\\d{1,12}");

    public EuropePmcRecord {
        types = List.copyOf(types);
        retracts = List.copyOf(retracts);
    }

    /** Reads one element of {@code resultList.result}. */
    public static EuropePmcRecord of(JsonNode r) {
        List<String> types = new ArrayList<>();
        r.path("pubTypeList").path("pubType").forEach(t -> types.add(t.asText()));
        boolean retractedIn = false;
        List<String> retracts = new ArrayList<>();
        for (JsonNode c : r.path("commentCorrectionList").path("commentCorrection")) {
            String type = c.path("type").asText("").toLowerCase(Locale.ROOT);
            if (type.startsWith("retraction in")) {
                retractedIn = true;
            } else if (type.startsWith("retraction of") && c.path("source").asText("").equals("MED")
                    && c.path("id").asText("").matches("\\d{1,9}")) {
                retracts.add(c.path("id").asText());
            }
        }
        String pmcid = blankToNull(r.path("pmcid").asText(""));
        String doi = blankToNull(r.path("doi").asText(""));
        return new EuropePmcRecord(r.path("source").asText(""), r.path("id").asText(""),
                blankToNull(r.path("pmid").asText("")), pmcid == null ? null : pmcid.toUpperCase(Locale.ROOT),
                doi == null ? null : doi.toLowerCase(Locale.ROOT), clean(r.path("title").asText("")),
                clean(r.path("abstractText").asText("")), date(r.path("firstPublicationDate").asText("")), types,
                retractedIn, retracts, r.path("isOpenAccess").asText("").equalsIgnoreCase("Y"));
    }

    /** Whether Europe PMC has this record's full text: open access, under a well-formed PMC id (it goes into the URL path). */
    public boolean hasFullText() {
        return openAccess && pmcid != null && PMCID.matcher(pmcid).matches();
    }

    public boolean isRetracted() {
        return retractedIn || types.stream().anyMatch(t -> t.equalsIgnoreCase("Retracted Publication"));
    }

    public boolean isRetractionNotice() {
        return !retracts.isEmpty() || types.stream().anyMatch(t -> t.equalsIgnoreCase("retraction of publication"));
    }

    /** The record's page on europepmc.org: its source and URL. */
    public String pageUrl() {
        return "https://europepmc.org/article/" + source + "/" + id;
    }

    /** Title, then the abstract, separated by a blank line. */
    public String text() {
        return abstractText.isEmpty() ? title : title.isEmpty() ? abstractText : title + "\n\n" + abstractText;
    }

    /** The article: id by the usual rules ({@code doi:}, {@code pmid:}, {@code pmc:}), as PubMed's and a file's are. */
    public RawArticle toRawArticle(Instant ingestedAt) {
        String text = text();
        return new RawArticle(ArticleId.of(doi, pmid, pmcid, text), pageUrl(), SourceKind.URL, "text",
                title.isEmpty() ? null : title, text, pageUrl(), doi, pmid, pmcid,
                published == null ? null : published.getYear(), ContentHash.of(text), ingestedAt, types, null, published,
                Languages.guess(text).orElse(null));
    }

    /**
     * The article with its full text: the JATS blocks and text, under the record's ids (the full
     * text's where the record lacks one), so the abstract published earlier and this full text are
     * one article and the full text an update of it. The record's publication types stay: the
     * extractor's article-level evidence reads them; JATS does not carry them.
     */
    public RawArticle toRawArticle(Instant ingestedAt, JatsArticle full) {
        String text = full.text();
        String d = doi != null ? doi : full.doi();
        String pm = pmid != null ? pmid : full.pmid();
        String pmc = pmcid != null ? pmcid : full.pmcid();
        LocalDate date = published != null ? published : full.published();
        Integer year = full.year() != null ? full.year() : date == null ? null : date.getYear();
        return new RawArticle(ArticleId.of(d, pm, pmc, text), pageUrl(), SourceKind.URL, Format.JATS.wireName(),
                full.title() != null ? full.title() : title.isEmpty() ? null : title, text, pageUrl(), d, pm, pmc, year,
                ContentHash.of(text), ingestedAt, types, full.blocks(), date,
                full.language() != null ? full.language() : Languages.guess(text).orElse(null), full.journal(),
                full.articleType());
    }

    /** Inline markup removed (tags, then the five XML entities), whitespace collapsed. */
    private static String clean(String s) {
        String text = TAGS.matcher(s).replaceAll(" ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(String s) {
        try {
            return s.length() == 10 ? LocalDate.parse(s) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
