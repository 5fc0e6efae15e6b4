package io.litstream.topics.article;

/**
 * One typed piece of an article's content, in reading order, as ingest found it in the source's
 * own markup (HTML elements, markdown syntax, JATS sections, PDF layout). Extract reads these
 * instead of guessing the structure back from plain text.
 *
 * @param type  what the block is
 * @param text  the block's text: whitespace collapsed, markup removed; table cells separated by
 *              {@code " | "} and rows by line breaks
 * @param level for a heading, its depth (1 = top level, as {@code <h1>}); null for other types
 */
public record ArticleBlock(Type type, String text, Integer level) {

    /** A block of {@code type} (not a heading) holding {@code text}. */
    public static ArticleBlock of(Type type, String text) {
        return new ArticleBlock(type, text, null);
    }

    /** A heading of depth {@code level} (1 = top). */
    public static ArticleBlock heading(int level, String text) {
        return new ArticleBlock(Type.HEADING, text, level);
    }

    /** The kinds of block. Headings and captions name things; paragraphs, list items and tables state them. */
    public enum Type { HEADING, PARAGRAPH, LIST_ITEM, TABLE, CAPTION, QUOTE }
}
