package io.litstream.ingest.metadata;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads article metadata from a parsed HTML page. Publisher {@code <meta>} tags (Highwire
 * {@code citation_*}, Dublin Core, Open Graph, PRISM) are authoritative and tried first; then the
 * cleaned article text; then the page's links, but only when they point at a single article, since
 * a page linking to several DOIs is citing, not naming itself.
 */
public final class HtmlMetadata {
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    private HtmlMetadata() {
    }

    /** Metadata of {@code doc}; {@code cleanedText} is the article text the cleaner produced from it. */
    public static ArticleMetadata extract(Document doc, String cleanedText) {
        Map<String, String> meta = metaTags(doc);
        ArticleMetadata fromMeta = new ArticleMetadata(
                title(doc, meta),
                first(meta, Identifiers::normaliseDoi, "citation_doi", "dc.identifier", "dc.identifier.doi",
                        "prism.doi", "bepress_citation_doi", "doi", "dc.relation"),
                first(meta, v -> digits(v), "citation_pmid", "pmid", "ncbi_uid"),
                first(meta, Identifiers::pmcid, "citation_pmcid", "pmcid", "citation_pmc_id"),
                year(doc, meta),
                canonicalUrl(doc, meta));
        ArticleMetadata fromText = new ArticleMetadata(
                null,
                Identifiers.doi(cleanedText).orElse(null),
                Identifiers.pmid(cleanedText).orElse(null),
                Identifiers.pmcid(cleanedText).orElse(null),
                Years.fromText(cleanedText).orElse(null),
                null);
        return fromMeta.orElse(fromText).orElse(fromLinks(doc));
    }

    /** First value per lower-cased {@code name}, {@code property} or {@code itemprop} of the page's meta tags. */
    static Map<String, String> metaTags(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {m.attr("name"), m.attr("property"), m.attr("itemprop")}) {
                if (!key.isBlank()) {
                    meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return meta;
    }

    private static String title(Document doc, Map<String, String> meta) {
        String siteName = meta.get("og:site_name");
        for (String key : new String[] {"citation_title", "dc.title", "prism.title"}) {
            String t = Titles.clean(meta.get(key));
            if (t != null) {
                return t;
            }
        }
        for (String key : new String[] {"og:title", "twitter:title"}) {
            String t = meta.get(key);
            if (t != null && siteName != null) {
                t = Titles.withoutSiteName(t, siteName);
            }
            t = Titles.clean(t);
            if (t != null) {
                return t;
            }
        }
        Element body = doc.body();
        if (body != null) {
            for (Element h1 : body.getElementsByTag("h1")) {
                String t = Titles.clean(h1.text());
                if (t != null) {
                    return t;
                }
            }
        }
        return Titles.withoutSiteName(doc.title(), siteName);
    }

    private static Integer year(Document doc, Map<String, String> meta) {
        for (String key : new String[] {"citation_publication_date", "citation_date", "citation_online_date",
                "citation_year", "article:published_time", "og:published_time", "datepublished", "dc.date.issued",
                "dcterms.issued", "dc.date", "prism.publicationdate", "prism.coverdate", "date", "pubdate",
                "publish-date", "sailthru.date", "parsely-pub-date"}) {
            Optional<Integer> year = Years.fromDateValue(meta.get(key));
            if (year.isPresent()) {
                return year.get();
            }
        }
        Element time = doc.selectFirst("time[itemprop=datePublished][datetime], [itemprop=datePublished][content]");
        if (time != null) {
            Optional<Integer> year = Years.fromDateValue(time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content"));
            if (year.isPresent()) {
                return year.get();
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                Optional<Integer> year = Years.fromDateValue(m.group(1));
                if (year.isPresent()) {
                    return year.get();
                }
            }
        }
        return null;
    }

    private static String canonicalUrl(Document doc, Map<String, String> meta) {
        for (Element link : doc.select("link[rel][href]")) {
            if (link.attr("rel").toLowerCase(Locale.ROOT).contains("canonical")) {
                String href = absoluteHttp(link, link.attr("href"));
                if (href != null) {
                    return href;
                }
            }
        }
        String og = meta.get("og:url");
        return og != null && isHttp(og) ? og.strip() : null;
    }

    /** Identifiers the page links to, each taken only when the page links to exactly one of its kind. */
    private static ArticleMetadata fromLinks(Document doc) {
        Set<String> dois = new LinkedHashSet<>();
        Set<String> pmids = new LinkedHashSet<>();
        Set<String> pmcids = new LinkedHashSet<>();
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            Identifiers.doi(href).ifPresent(dois::add);
            Identifiers.pmid(href).ifPresent(pmids::add);
            Identifiers.pmcid(href).ifPresent(pmcids::add);
        }
        return new ArticleMetadata(null, single(dois), single(pmids), single(pmcids), null, null);
    }

    private static String single(Set<String> values) {
        return values.size() == 1 ? values.iterator().next() : null;
    }

    private static String first(Map<String, String> meta, Function<String, Optional<String>> parse, String... keys) {
        for (String key : keys) {
            String v = meta.get(key);
            if (v != null) {
                Optional<String> parsed = parse.apply(v);
                if (parsed.isPresent()) {
                    return parsed.get();
                }
            }
        }
        return null;
    }

    private static Optional<String> digits(String value) {
        String d = value.strip();
        return d.matches("\\d{1,9}") ? Optional.of(d.replaceFirst("^0+", "")).filter(s -> !s.isEmpty()) : Optional.empty();
    }

    private static String absoluteHttp(Element el, String href) {
        String abs = el.absUrl("href");
        String url = abs.isEmpty() ? href.strip() : abs;
        return isHttp(url) ? url : null;
    }

    private static boolean isHttp(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }
}
