package io.litstream.ingest.pubmed.xml;

import io.litstream.ingest.fetch.SafeXml;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an E-utilities {@code efetch} response ({@code db=pubmed&retmode=xml}): a
 * {@code PubmedArticleSet} of {@code PubmedArticle}s. The DOCTYPE NCBI puts on every response is
 * accepted but its DTD is never fetched, and entity expansion is capped ({@link SafeXml}).
 * {@code PubmedBookArticle}s (book chapters) are skipped. The parser and its records live apart
 * from the PubMed source, so that the folder reader can read a saved record file the same way
 * without depending on the source (which depends on the reader).
 * Retractions are read from the publication types and from {@code CommentsCorrectionsList}
 * ({@code RetractionIn} on the retracted record, {@code RetractionOf} with the retracted PMID on the notice).
 */
public final class PubmedXmlParser {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    public List<PubmedRecord> parse(byte[] xml) throws SafeXml.UnsafeOrMalformedXml {
        Element root = SafeXml.parse(xml, true).getDocumentElement();
        if (!root.getTagName().equals("PubmedArticleSet")) {
            throw new SafeXml.UnsafeOrMalformedXml("not a PubmedArticleSet but <" + root.getTagName() + ">", null);
        }
        List<PubmedRecord> records = new ArrayList<>();
        for (Element article : children(root, "PubmedArticle")) {
            PubmedRecord record = record(article);
            if (record != null) {
                records.add(record);
            }
        }
        return records;
    }

    private static PubmedRecord record(Element pubmedArticle) {
        Element citation = child(pubmedArticle, "MedlineCitation");
        if (citation == null) {
            return null;
        }
        String pmid = text(child(citation, "PMID"));
        if (pmid.isEmpty()) {
            return null;
        }
        Element article = child(citation, "Article");
        String title = article == null ? "" : text(child(article, "ArticleTitle"));
        if (title.isEmpty() && article != null) {
            title = text(child(article, "VernacularTitle"));
        }
        List<String> sections = new ArrayList<>();
        Element journal = article == null ? null : child(article, "Journal");
        String doi = null;
        List<String> authors = new ArrayList<>();
        List<String> types = new ArrayList<>();
        String language = null;
        String published = null;
        Integer year = null;
        if (article != null) {
            Element abstractEl = child(article, "Abstract");
            if (abstractEl != null) {
                for (Element part : children(abstractEl, "AbstractText")) {
                    String body = text(part);
                    String label = part.getAttribute("Label").strip();
                    if (!body.isEmpty()) {
                        sections.add(label.isEmpty() ? body : label + ": " + body);
                    }
                }
            }
            for (Element location : children(article, "ELocationID")) {
                if (location.getAttribute("EIdType").equalsIgnoreCase("doi") && !location.getAttribute("ValidYN").equals("N")) {
                    doi = normaliseDoi(text(location));
                    break;
                }
            }
            Element authorList = child(article, "AuthorList");
            if (authorList != null) {
                for (Element author : children(authorList, "Author")) {
                    String name = authorName(author);
                    if (!name.isEmpty()) {
                        authors.add(name);
                    }
                }
            }
            Element typeList = child(article, "PublicationTypeList");
            if (typeList != null) {
                for (Element type : children(typeList, "PublicationType")) {
                    if (!text(type).isEmpty()) {
                        types.add(text(type));
                    }
                }
            }
            String lang = text(child(article, "Language"));
            language = lang.isEmpty() ? null : lang;
            for (Element articleDate : children(article, "ArticleDate")) {
                published = date(articleDate);
                year = yearOf(published);
                break;
            }
        }
        Element pubDate = journal == null ? null : child(child(journal, "JournalIssue"), "PubDate");
        if (pubDate != null) {
            String issueDate = date(pubDate);
            if (published == null) {
                published = issueDate;
            }
            Integer issueYear = yearOf(issueDate != null ? issueDate : text(child(pubDate, "MedlineDate")));
            if (issueYear != null) {
                year = issueYear; // the issue's year is the citation year
            }
        }
        boolean retractedIn = false;
        List<String> retracts = new ArrayList<>();
        Element corrections = child(citation, "CommentsCorrectionsList");
        if (corrections != null) {
            for (Element ref : children(corrections, "CommentsCorrections")) {
                String refType = ref.getAttribute("RefType");
                String refPmid = text(child(ref, "PMID"));
                if (refType.equals("RetractionIn")) {
                    retractedIn = true;
                } else if (refType.equals("RetractionOf") && !refPmid.isEmpty() && !refPmid.equals(pmid)) {
                    retracts.add(refPmid);
                }
            }
        }
        String pmcid = null;
        Element pubmedData = child(pubmedArticle, "PubmedData");
        Element idList = pubmedData == null ? null : child(pubmedData, "ArticleIdList");
        if (idList != null) {
            for (Element id : children(idList, "ArticleId")) {
                String type = id.getAttribute("IdType").toLowerCase(Locale.ROOT);
                if (type.equals("doi") && doi == null) {
                    doi = normaliseDoi(text(id));
                } else if (type.equals("pmc") && pmcid == null && !text(id).isEmpty()) {
                    String value = text(id).toUpperCase(Locale.ROOT);
                    pmcid = value.startsWith("PMC") ? value : "PMC" + value;
                }
            }
        }
        return new PubmedRecord(pmid, doi, pmcid, title, sections, authors,
                journal == null ? null : emptyToNull(text(child(journal, "Title"))), published, year, types, language,
                retractedIn, retracts);
    }

    private static String authorName(Element author) {
        String collective = text(child(author, "CollectiveName"));
        if (!collective.isEmpty()) {
            return collective;
        }
        String fore = text(child(author, "ForeName"));
        String last = text(child(author, "LastName"));
        return (fore + " " + last).strip();
    }

    /** {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy} from Year/Month/Day children; null without a year. */
    private static String date(Element date) {
        String y = text(child(date, "Year"));
        if (!YEAR.matcher(y).matches()) {
            return null;
        }
        Integer month = month(text(child(date, "Month")));
        if (month == null) {
            return y;
        }
        String d = text(child(date, "Day"));
        try {
            int day = Integer.parseInt(d);
            return day >= 1 && day <= 31 ? String.format(Locale.ROOT, "%s-%02d-%02d", y, month, day) : String.format(Locale.ROOT, "%s-%02d", y, month);
        } catch (NumberFormatException e) {
            return String.format(Locale.ROOT, "%s-%02d", y, month);
        }
    }

    private static Integer month(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            int m = Integer.parseInt(text);
            return m >= 1 && m <= 12 ? m : null;
        } catch (NumberFormatException e) {
            return text.length() >= 3 ? MONTHS.get(text.substring(0, 3).toLowerCase(Locale.ROOT)) : null;
        }
    }

    private static Integer yearOf(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String normaliseDoi(String doi) {
        String d = doi.strip().toLowerCase(Locale.ROOT);
        d = d.replaceFirst("^https?://(dx\\.)?doi\\.org/", "").replaceFirst("^doi:\\s*", "");
        return d.startsWith("10.") ? d : null;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The element's text with inline markup (italics, sub/superscripts) flattened and whitespace collapsed. */
    private static String text(Element e) {
        if (e == null || e.getTextContent() == null) {
            return "";
        }
        return WHITESPACE.matcher(e.getTextContent()).replaceAll(" ").strip();
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }
}
