package io.litstream.ingest.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The day a page says it was published, from the same places {@link HtmlMetadata} takes the year
 * from: publisher meta tags first, then {@code itemprop=datePublished}, then JSON-LD. Only a full
 * date (year, month and day) is returned; a page that states only a year has its year in
 * {@link ArticleMetadata#year()} instead.
 */
public final class PublishedDates {
    private static final String[] META_KEYS = {
        "citation_publication_date", "citation_date", "citation_online_date", "article:published_time",
        "og:published_time", "datepublished", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date",
        "prism.publicationdate", "prism.coverdate", "date", "pubdate", "publish-date", "publish_date",
        "sailthru.date", "parsely-pub-date"
    };
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:$|T)");
    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b(" + MONTHS + ")[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")[a-z]*\\.?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR_MONTH_DAY_WORDS = Pattern.compile(
            "(?i)\\b((?:19|20)\\d{2})\\s+(" + MONTHS + ")[a-z]*\\.?\\s+(\\d{1,2})\\b");

    private PublishedDates() {
    }

    /** The publication date of {@code doc}, when it states a whole one. */
    public static Optional<LocalDate> of(Document doc) {
        Map<String, String> meta = HtmlMetadata.metaTags(doc);
        for (String key : META_KEYS) {
            Optional<LocalDate> d = parse(meta.get(key));
            if (d.isPresent()) {
                return d;
            }
        }
        for (Element e : doc.select("time[itemprop=datePublished][datetime], [itemprop=datePublished][content]")) {
            Optional<LocalDate> d = parse(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
            if (d.isPresent()) {
                return d;
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                Optional<LocalDate> d = parse(m.group(1));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A date value as publishers write it: ISO ({@code 2024-03-05}, with or without time),
     * {@code 2024/3/5}, {@code 20240305}, {@code March 5, 2024}, {@code 5 Mar 2024}, {@code 2024 Mar 5}.
     * Day-first numeric forms ({@code 05/03/2024}) are ambiguous and not read.
     */
    public static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        Matcher m = NUMERIC.matcher(v);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(v);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_FIRST.matcher(v);
        if (m.find()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_FIRST.matcher(v);
        if (m.find()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        m = YEAR_MONTH_DAY_WORDS.matcher(v);
        if (m.find()) {
            return date(m.group(1), month(m.group(2)), m.group(3));
        }
        return Optional.empty();
    }

    private static String month(String name) {
        return Integer.toString(MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 4 + 1);
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            // Same plausibility bounds as Years: the literature ingest deals with, nothing from the future's future.
            return d.getYear() >= 1900 && d.getYear() <= Year.now().getValue() + 1 ? Optional.of(d) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
