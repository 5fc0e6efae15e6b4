package io.litstream.ingest.metadata;

import io.litstream.ingest.clean.MarkdownText;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads article metadata from plain text and from Markdown sources. */
public final class TextMetadata {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A(?:---|\\+\\+\\+)\\n(.*?)\\n(?:---|\\+\\+\\+)\\s*(?:\\n|\\z)", Pattern.DOTALL);
    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("(?im)^\\s*(title|date|published|doi|pmid|pmcid|url|canonical_url)\\s*[:=]\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern ATX_HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,2}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern SETEXT_HEADING = Pattern.compile("(?m)^\\s{0,3}(\\S.*?)\\s*\\n\\s{0,3}=+\\s*$");

    private TextMetadata() {
    }

    /** Metadata of a plain-text article; {@code text} is already normalised. */
    public static ArticleMetadata fromText(String text) {
        return new ArticleMetadata(
                Titles.fromPlainText(text).orElse(null),
                Identifiers.doi(text).orElse(null),
                Identifiers.pmid(text).orElse(null),
                Identifiers.pmcid(text).orElse(null),
                Years.fromText(text).orElse(null),
                null);
    }

    /**
     * Metadata of a Markdown article. Identifiers are searched in the source, because link targets
     * (where DOIs and PubMed URLs usually are) do not survive into the plain text.
     *
     * @param markdown  the Markdown source
     * @param plainText its plain text, as {@code MarkdownText} produced it
     */
    public static ArticleMetadata fromMarkdown(String markdown, String plainText) {
        String source = markdown.replace("\r\n", "\n");
        ArticleMetadata front = frontMatter(source);
        ArticleMetadata body = new ArticleMetadata(
                markdownTitle(source),
                Identifiers.doi(source).orElse(null),
                Identifiers.pmid(source).orElse(null),
                Identifiers.pmcid(source).orElse(null),
                Years.fromText(plainText).orElse(null),
                null);
        return front.orElse(body).orElse(fromText(plainText));
    }

    /** The first level-one or level-two heading, ATX ({@code # Title}) or setext ({@code Title\n===}). */
    private static String markdownTitle(String source) {
        String withoutFront = FRONT_MATTER.matcher(source).replaceFirst("");
        Matcher atx = ATX_HEADING.matcher(withoutFront);
        Matcher setext = SETEXT_HEADING.matcher(withoutFront);
        boolean hasAtx = atx.find();
        boolean hasSetext = setext.find();
        String heading = null;
        if (hasAtx && (!hasSetext || atx.start() < setext.start())) {
            heading = atx.group(1);
        } else if (hasSetext) {
            heading = setext.group(1);
        }
        return heading == null ? null : Titles.clean(MarkdownText.inlineText(heading));
    }

    /** Title, date and identifiers from a YAML or TOML front-matter block, when there is one. */
    private static ArticleMetadata frontMatter(String source) {
        Matcher fm = FRONT_MATTER.matcher(source);
        if (!fm.find()) {
            return ArticleMetadata.EMPTY;
        }
        String title = null;
        String doi = null;
        String pmid = null;
        String pmcid = null;
        Integer year = null;
        String url = null;
        Matcher f = FRONT_MATTER_FIELD.matcher(fm.group(1));
        while (f.find()) {
            String value = f.group(2);
            switch (f.group(1).toLowerCase(Locale.ROOT)) {
                case "title" -> title = title != null ? title : Titles.clean(value);
                case "date", "published" -> year = year != null ? year : Years.fromDateValue(value).orElse(null);
                case "doi" -> doi = doi != null ? doi : Identifiers.normaliseDoi(value).orElse(null);
                case "pmid" -> pmid = pmid != null ? pmid : (value.strip().matches("\\d{1,9}") ? value.strip() : null);
                case "pmcid" -> pmcid = pmcid != null ? pmcid : Identifiers.pmcid(value).orElse(null);
                default -> url = url != null ? url : (value.startsWith("http") ? value : null);
            }
        }
        return new ArticleMetadata(title, doi, pmid, pmcid, year, url);
    }
}
