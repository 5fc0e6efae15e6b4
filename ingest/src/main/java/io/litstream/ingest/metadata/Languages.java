package io.litstream.ingest.metadata;

import java.util.HashMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A cheap guess at an article's language (ISO 639-1), for the languages the literature comes in:
 * English, German, French, Spanish, Italian, Dutch, Portuguese. The guess counts each language's
 * most frequent function words in the text; they make up a third or more of running text, so a
 * few hundred words decide clearly. The page's own {@code lang} attribute is used only when the
 * text does not decide, because site templates often declare {@code en} on every page.
 */
public final class Languages {
    /** Function words that are frequent in one language and rare in the others (shared ones like "a" left out). */
    private static final Map<String, Set<String>> STOPWORDS = stopwords();

    /** In a fixed order, so that a tie between two languages always falls the same way. */
    private static Map<String, Set<String>> stopwords() {
        Map<String, Set<String>> stopwords = new LinkedHashMap<>();
        stopwords.put("en", Set.of("the", "and", "of", "to", "is", "that", "with", "for", "was", "are",
                "this", "by", "be", "or", "from", "which", "have", "not", "were", "it"));
        stopwords.put("de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu",
                "sich", "auf", "für", "eine", "ein", "auch", "dem", "wird", "werden", "bei"));
        stopwords.put("fr", Set.of("le", "les", "des", "et", "est", "une", "du", "dans", "pour", "qui",
                "pas", "sur", "au", "avec", "sont", "par", "ce", "ou", "été", "aux"));
        stopwords.put("es", Set.of("el", "los", "las", "y", "es", "una", "del", "por", "con", "para",
                "que", "su", "se", "lo", "como", "más", "pero", "fue", "ha", "sus"));
        stopwords.put("it", Set.of("il", "di", "che", "è", "per", "una", "della", "gli", "con", "sono",
                "del", "nel", "alla", "anche", "più", "lo", "dei", "delle", "ed", "non"));
        stopwords.put("nl", Set.of("de", "het", "een", "van", "en", "is", "dat", "niet", "met", "voor",
                "zijn", "op", "ook", "bij", "wordt", "worden", "naar", "aan", "maar", "deze"));
        stopwords.put("pt", Set.of("o", "os", "as", "e", "é", "uma", "do", "da", "dos", "das",
                "não", "com", "para", "que", "em", "no", "na", "se", "mais", "foi"));
        return Collections.unmodifiableMap(stopwords);
    }

    /** Below this many function-word hits the text is too short to judge. */
    private static final int MIN_HITS = 8;
    /** The winner must lead the runner-up by this factor to overrule a declared language. */
    private static final double CLEAR_LEAD = 1.5;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern DECLARED = Pattern.compile("^([a-zA-Z]{2})(?:[-_].*)?$");

    private Languages() {
    }

    /** The language of {@code text}, or of the page when the text does not decide. */
    public static Optional<String> guess(Document doc, String text) {
        Optional<Guess> g = fromText(text);
        if (g.isPresent() && g.get().clear()) {
            return Optional.of(g.get().language());
        }
        Optional<String> declared = declared(doc);
        return declared.isPresent() ? declared : g.map(Guess::language);
    }

    /** The language of plain text, when it has enough function words to tell. */
    public static Optional<String> guess(String text) {
        return fromText(text).map(Guess::language);
    }

    /**
     * The language of plain text only when the text decides it clearly: enough function words,
     * and the winner well ahead of the runner-up. Mixed or short texts give empty.
     */
    public static Optional<String> clearGuess(String text) {
        return fromText(text).filter(Guess::clear).map(Guess::language);
    }

    record Guess(String language, boolean clear) {
    }

    static Optional<Guess> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Map<String, Integer> hits = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int words = 0;
        while (m.find() && words < 5000) {
            words++;
            String w = m.group();
            for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (String lang : STOPWORDS.keySet()) {
            int h = hits.getOrDefault(lang, 0);
            if (h > bestHits) {
                second = bestHits;
                bestHits = h;
                best = lang;
            } else if (h > second) {
                second = h;
            }
        }
        if (best == null || bestHits < MIN_HITS) {
            return Optional.empty();
        }
        return Optional.of(new Guess(best, bestHits >= second * CLEAR_LEAD));
    }

    /** The two-letter language the page declares on {@code <html lang>} or in its meta tags. */
    static Optional<String> declared(Document doc) {
        Element html = doc.selectFirst("html");
        String[] candidates = {
            html == null ? "" : html.attr("lang"),
            html == null ? "" : html.attr("xml:lang"),
            HtmlMetadata.metaTags(doc).getOrDefault("og:locale", ""),
            HtmlMetadata.metaTags(doc).getOrDefault("dc.language", ""),
            metaHttpEquiv(doc, "content-language")
        };
        for (String c : candidates) {
            Matcher m = DECLARED.matcher(c.strip());
            if (m.matches()) {
                return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    private static String metaHttpEquiv(Document doc, String name) {
        for (Element m : doc.select("meta[http-equiv]")) {
            if (m.attr("http-equiv").equalsIgnoreCase(name)) {
                return m.attr("content");
            }
        }
        return "";
    }
}
