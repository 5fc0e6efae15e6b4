package io.litstream.ingest.jats;

import io.litstream.ingest.fetch.SafeXml;
import io.litstream.ingest.metadata.Identifiers;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Reads a JATS article (PubMed Central's {@code .nxml}, Europe PMC's {@code fullTextXML}, a
 * publisher's JATS; also the {@code <pmc-articleset>} wrapper E-utilities puts around one).
 * The XML goes through {@link SafeXml} like every feed: the DOCTYPE every PMC file carries is
 * accepted but its DTD is never fetched, and a DOCTYPE declaring entities is refused outright.
 */
public final class JatsParser {
    /** Abstracts that are not the article's abstract: tables-of-contents blurbs, graphical abstracts. */
    private static final Set<String> SIDE_ABSTRACTS = Set.of("teaser", "graphical", "toc", "precis", "web-summary",
            "editor", "editor-summary", "short", "video", "lay");

    /** Thrown when the XML is safe and well-formed but not a JATS article. */
    public static final class NotJats extends Exception {
        NotJats(String message) {
            super(message);
        }
    }

    public JatsArticle parse(byte[] xml) throws SafeXml.UnsafeOrMalformedXml, NotJats {
        Element root = SafeXml.parse(xml, true).getDocumentElement();
        Element article = Elements.name(root).equals("pmc-articleset") ? Elements.child(root, "article") : root;
        if (article == null || !Elements.name(article).equals("article")) {
            throw new NotJats("not a JATS article but <" + Elements.name(root) + ">");
        }
        Element meta = Elements.path(article, "front", "article-meta");
        if (meta == null) {
            throw new NotJats("JATS article without <front><article-meta>");
        }
        String title = emptyToNull(JatsText.title(Elements.path(meta, "title-group", "article-title")));
        List<Element> abstracts = new ArrayList<>();
        for (Element abs : Elements.children(meta, "abstract")) {
            if (!SIDE_ABSTRACTS.contains(abs.getAttribute("abstract-type").toLowerCase(Locale.ROOT))) {
                abstracts.add(abs);
            }
        }
        JatsDates dates = JatsDates.of(meta);
        return new JatsArticle(title, id(meta, "doi"), pmid(meta), pmcid(meta), dates.published(), dates.year(),
                journal(Elements.path(article, "front", "journal-meta")),
                emptyToNull(article.getAttribute("article-type").strip()), language(article),
                JatsBlocks.of(title, abstracts, Elements.child(article, "body"), Elements.child(article, "floats-group")));
    }

    private static String id(Element meta, String type) {
        for (Element id : Elements.children(meta, "article-id")) {
            if (id.getAttribute("pub-id-type").equalsIgnoreCase(type)) {
                String value = JatsText.of(id);
                if (type.equals("doi")) {
                    return Identifiers.normaliseDoi(value).orElse(null);
                }
                return emptyToNull(value);
            }
        }
        return null;
    }

    private static String pmid(Element meta) {
        String pmid = id(meta, "pmid");
        return pmid != null && pmid.chars().allMatch(Character::isDigit) ? pmid : null;
    }

    private static String pmcid(Element meta) {
        String pmc = id(meta, "pmc");
        if (pmc == null) {
            pmc = id(meta, "pmcid");
        }
        if (pmc == null) {
            return null;
        }
        String upper = pmc.toUpperCase(Locale.ROOT);
        String digits = upper.startsWith("PMC") ? upper.substring(3) : upper;
        return !digits.isEmpty() && digits.chars().allMatch(Character::isDigit) ? "PMC" + digits : null;
    }

    private static String journal(Element journalMeta) {
        if (journalMeta == null) {
            return null;
        }
        Element title = Elements.path(journalMeta, "journal-title-group", "journal-title");
        if (title == null) {
            title = Elements.child(journalMeta, "journal-title");
        }
        return emptyToNull(JatsText.of(title));
    }

    private static String language(Element article) {
        String lang = article.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
        if (lang.isEmpty()) {
            lang = article.getAttribute("xml:lang");
        }
        String code = lang.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        code = dash > 0 ? code.substring(0, dash) : code;
        return code.length() == 2 && code.chars().allMatch(Character::isLetter) ? code : null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The publication date and citation year from {@code <pub-date>}s. */
    record JatsDates(LocalDate published, Integer year) {
        static JatsDates of(Element meta) {
            LocalDate published = null;
            int publishedRank = Integer.MAX_VALUE;
            Integer year = null;
            int yearRank = Integer.MAX_VALUE;
            for (Element date : Elements.children(meta, "pub-date")) {
                Integer y = number(Elements.child(date, "year"));
                if (y == null) {
                    continue;
                }
                Set<String> type = Set.copyOf(Arrays.asList((date.getAttribute("pub-type") + " " + date.getAttribute("date-type") + " "
                        + date.getAttribute("publication-format")).toLowerCase(Locale.ROOT).strip().split("\\s+")));
                boolean electronic = type.contains("epub") || type.contains("electronic");
                boolean print = !electronic && (type.contains("ppub") || type.contains("epub-ppub")
                        || type.contains("print") || type.contains("pub"));
                boolean collection = type.contains("collection");
                int electronicFirst = electronic ? 0 : print ? 1 : collection ? 2 : 3;
                // The citation year is the issue's: print or collection before electronic.
                int issueFirst = print ? 0 : collection ? 1 : electronic ? 2 : 3;
                if (issueFirst < yearRank) {
                    year = y;
                    yearRank = issueFirst;
                }
                LocalDate full = full(y, Elements.child(date, "month"), Elements.child(date, "day"));
                if (full != null && electronicFirst < publishedRank) {
                    published = full;
                    publishedRank = electronicFirst;
                }
            }
            return new JatsDates(published, year);
        }

        private static LocalDate full(int year, Element month, Element day) {
            Integer m = number(month);
            Integer d = number(day);
            if (m == null || d == null) {
                return null;
            }
            try {
                return LocalDate.of(year, m, d);
            } catch (DateTimeException e) {
                return null;
            }
        }

        private static Integer number(Element e) {
            String s = JatsText.of(e);
            if (s.isEmpty() || s.length() > 4 || !s.chars().allMatch(Character::isDigit)) {
                return null;
            }
            return Integer.valueOf(s);
        }
    }
}
