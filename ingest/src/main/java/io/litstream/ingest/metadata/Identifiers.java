package io.litstream.ingest.metadata;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalises literature identifiers (DOI, PMID, PMC id) in free text and URLs.
 *
 * <p>The first occurrence wins: an article's own identifiers sit in its header, while those of the
 * works it cites come later, in the text and in the reference list. For that reason the search
 * stops at a "References" heading found past the first tenth of the text.
 */
public final class Identifiers {
    // A DOI is "10.", a registrant code, "/", and a suffix that may contain almost anything; in
    // running text and URLs it ends at whitespace, quotes, angle brackets, or a URL's query part.
    private static final Pattern DOI = Pattern.compile("\\b10\\.\\d{4,9}/[^\\s\"'<>|\\\\?#&{}^`]+");
    private static final Pattern PMID = Pattern.compile(
            "(?i)(?:\\bPMID\\s*[:#]?\\s*|pubmed\\.ncbi\\.nlm\\.nih\\.gov/|ncbi\\.nlm\\.nih\\.gov/pubmed/)(\\d{1,9})\\b");
    private static final Pattern PMCID = Pattern.compile("\\b(PMC\\d{3,9})\\b");
    private static final Pattern REFERENCES_HEADING = Pattern.compile(
            "(?im)^\\s*(?:references?|bibliography|literature cited|works cited|cited literature|reference list)\\s*:?\\s*$");
    /** Path endings that publishers append to DOIs in their URLs. */
    private static final Pattern URL_SUFFIX = Pattern.compile(
            "(?i)(?:/(?:full|abstract|pdf|epdf|fulltext|full-text|html|meta|references|summary|figures|tables|"
                    + "supplementary|suppl|citation|epub|view|download)|\\.pdf|\\.html?|\\.xml)$");

    private Identifiers() {
    }

    /** The first DOI in {@code text}, normalised. */
    public static Optional<String> doi(String text) {
        // URLs may carry the DOI's slash percent-encoded; decode just that so the pattern can see it.
        Matcher m = DOI.matcher(searchable(text).replace("%2F", "/").replace("%2f", "/"));
        while (m.find()) {
            Optional<String> doi = normaliseDoi(m.group());
            if (doi.isPresent()) {
                return doi;
            }
        }
        return Optional.empty();
    }

    /** The first PMID in {@code text}: a "PMID: n" label or a PubMed URL. */
    public static Optional<String> pmid(String text) {
        Matcher m = PMID.matcher(searchable(text));
        while (m.find()) {
            String digits = m.group(1).replaceFirst("^0+", "");
            if (!digits.isEmpty()) {
                return Optional.of(digits);
            }
        }
        return Optional.empty();
    }

    /** The first PubMed Central id in {@code text}, as {@code PMC} and digits. */
    public static Optional<String> pmcid(String text) {
        Matcher m = PMCID.matcher(searchable(text));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * A DOI in canonical form: resolver prefixes ({@code https://doi.org/}, {@code dx.doi.org},
     * {@code doi:}) and percent-encoding removed, trailing punctuation and publisher URL suffixes
     * such as {@code /full} stripped, lower case (DOIs are case-insensitive).
     */
    public static Optional<String> normaliseDoi(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.contains("%")) {
            try {
                s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // A stray '%' that is not an escape: keep the text as it is.
            }
        }
        int start = s.indexOf("10.");
        if (start < 0) {
            return Optional.empty();
        }
        Matcher m = DOI.matcher(s);
        if (!m.find(start)) {
            return Optional.empty();
        }
        String doi = trimTrailing(m.group());
        String previous;
        do {
            previous = doi;
            doi = trimTrailing(URL_SUFFIX.matcher(doi).replaceFirst(""));
        } while (!doi.equals(previous));
        int slash = doi.indexOf('/');
        if (slash < 0 || slash == doi.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(doi.toLowerCase(Locale.ROOT));
    }

    /** The text up to a reference list, when one starts after the first tenth. */
    static String searchable(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = REFERENCES_HEADING.matcher(text);
        while (m.find()) {
            if (m.start() > text.length() / 10) {
                return text.substring(0, m.start());
            }
        }
        return text;
    }

    /** Strips sentence punctuation glued to the end, and closing brackets that have no opening partner. */
    private static String trimTrailing(String doi) {
        String s = doi;
        while (!s.isEmpty()) {
            char last = s.charAt(s.length() - 1);
            if (".,;:!'\"*".indexOf(last) >= 0) {
                s = s.substring(0, s.length() - 1);
            } else if ((last == ')' && count(s, '(') < count(s, ')'))
                    || (last == ']' && count(s, '[') < count(s, ']'))
                    || (last == '}' && count(s, '{') < count(s, '}'))
                    || last == '/') {
                s = s.substring(0, s.length() - 1);
            } else {
                break;
            }
        }
        return s;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
