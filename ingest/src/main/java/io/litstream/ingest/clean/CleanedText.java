package io.litstream.ingest.clean;

import io.litstream.topics.article.ArticleBlock;
import java.util.List;

/**
 * A cleaner's result: the article's plain text and the same content as typed blocks.
 *
 * <p>The two agree: {@code text} with its blank lines made single line breaks equals the blocks'
 * texts joined by line breaks. Blocks are separated in {@code text} by a blank line, except list
 * items of one list and the rows inside a table, which stand on consecutive lines.
 *
 * @param text   the article text, normalised like {@link PlainText#normalise(String)}
 * @param blocks the typed blocks in reading order; empty when the source shows no structure
 */
public record CleanedText(String text, List<ArticleBlock> blocks) {
    public CleanedText {
        blocks = List.copyOf(blocks);
    }
}
