package io.litstream.extract.structure;

/**
 * One unit of the article's content after boilerplate removal.
 *
 * @param index          position among the content blocks (0-based)
 * @param kind           heading, paragraph, list item or title
 * @param text           the block's text, markup (bullets, {@code **}, {@code #}) removed, lines joined
 * @param section        index of the section it belongs to (a heading opens a new one)
 * @param sectionHeading the heading that opened the section, or {@code null} before the first heading
 * @param leadIn         for a list item, the index of the paragraph introducing the list
 *                       ("... the following:"), else -1
 */
public record Block(int index, BlockKind kind, String text, int section, String sectionHeading, int leadIn) {
}
