package io.litstream.ingest.identity;

import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The stable key of an article on {@code litstream.articles.raw}. Identifiers assigned by the
 * literature databases come first, in order of coverage ({@code doi:}, then {@code pmid:}, then
 * {@code pmc:}), so that the same paper read from different sources lands on the same key.
 * Without any of them the key is derived from the text ({@code sha256:} and 32 hex digits, 128
 * bits: ample against accidental collisions), normalised so that re-reading the same content,
 * even re-wrapped or re-cased, yields the same key.
 */
public final class ArticleId {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int HASH_HEX_DIGITS = 32;

    private ArticleId() {
    }

    /**
     * The id for an article with these identifiers (any may be {@code null} or blank) and text.
     */
    public static String of(String doi, String pmid, String pmcid, String text) {
        if (present(doi)) {
            return "doi:" + doi.strip().toLowerCase(Locale.ROOT);
        }
        if (present(pmid)) {
            return "pmid:" + pmid.strip();
        }
        if (present(pmcid)) {
            String id = pmcid.strip().toUpperCase(Locale.ROOT);
            return "pmc:" + (id.startsWith("PMC") ? id : "PMC" + id);
        }
        return "sha256:" + textHash(text);
    }

    /** The first 32 hex digits of SHA-256 over the text in NFC, lower case, with whitespace runs collapsed. */
    static String textHash(String text) {
        String normalised = text == null ? "" : text;
        normalised = Normalizer.normalize(normalised, Normalizer.Form.NFC);
        normalised = WHITESPACE.matcher(normalised.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return HexFormat.of().formatHex(ContentHash.sha256(normalised)).substring(0, HASH_HEX_DIGITS);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
