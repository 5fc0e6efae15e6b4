package io.litstream.ingest.identity;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The stable key of an article on {@code litstream.articles.raw}. Identifiers assigned by the
 * literature databases come first, in order of coverage ({@code doi:}, then {@code pmid:}, then
 * {@code pmc:}), so that the same paper read from different sources lands on the same key.
 * Without any of them the key names where the article lives, so that an edited file or an updated
 * page is a new version of the same article rather than a new article (which the near-duplicate
 * check would then take for a copy of its own earlier version): a file in a watched folder is
 * {@code file:<folder name>/<path within the folder>}, a page is {@code url:<its canonical URL>}.
 * Input with no place of its own (offline tools, tests) falls back to a hash of the text
 * ({@code sha256:} and 32 hex digits, 128 bits: ample against accidental collisions), normalised
 * so that re-reading the same content, even re-wrapped or re-cased, yields the same key.
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
        return byIdentifier(doi, pmid, pmcid).orElseGet(() -> "sha256:" + textHash(text));
    }

    /**
     * The id of a file read from a watched folder: its identifiers, else its path within the
     * folder, prefixed by the folder's name so that two watched folders holding the same file
     * name keep two articles. Moving the whole folder elsewhere keeps every id.
     */
    public static String ofFile(String doi, String pmid, String pmcid, Path folder, Path file) {
        return byIdentifier(doi, pmid, pmcid).orElseGet(() -> "file:" + fileKey(folder, file));
    }

    /**
     * The id of a fetched page: its identifiers, else its canonical URL when that names an
     * article ({@link ArticleUrl}), else the URL it was fetched from.
     */
    public static String ofPage(String doi, String pmid, String pmcid, String canonicalUrl, String fetchedUrl) {
        String url = ArticleUrl.isArticleUrl(canonicalUrl) ? canonicalUrl : fetchedUrl;
        return byIdentifier(doi, pmid, pmcid).orElseGet(() -> "url:" + url.strip());
    }

    /** {@code <folder name>/<relative path>}, with {@code /} between names on every platform. */
    static String fileKey(Path folder, Path file) {
        Path root = folder.toAbsolutePath().normalize();
        Path relative = root.relativize(file.toAbsolutePath().normalize());
        StringJoiner key = new StringJoiner("/");
        key.add(root.getFileName() == null ? "" : root.getFileName().toString());
        relative.forEach(name -> key.add(name.toString()));
        return key.toString();
    }

    private static Optional<String> byIdentifier(String doi, String pmid, String pmcid) {
        if (present(doi)) {
            return Optional.of("doi:" + doi.strip().toLowerCase(Locale.ROOT));
        }
        if (present(pmid)) {
            return Optional.of("pmid:" + pmid.strip());
        }
        if (present(pmcid)) {
            String id = pmcid.strip().toUpperCase(Locale.ROOT);
            return Optional.of("pmc:" + (id.startsWith("PMC") ? id : "PMC" + id));
        }
        return Optional.empty();
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
