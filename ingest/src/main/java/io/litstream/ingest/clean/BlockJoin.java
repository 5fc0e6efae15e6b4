package io.litstream.ingest.clean;

import io.litstream.topics.article.ArticleBlock;
import java.util.List;

/**
 * The plain text of typed blocks under the convention every reader keeps ({@link CleanedText}):
 * blocks separated by a blank line, except consecutive list items, which stand on consecutive
 * lines. For readers that build blocks first (JATS, PDF) and derive the text from them.
 */
public final class BlockJoin {
    private BlockJoin() {
    }

    public static String text(List<ArticleBlock> blocks) {
        StringBuilder out = new StringBuilder();
        ArticleBlock previous = null;
        for (ArticleBlock block : blocks) {
            if (previous != null) {
                boolean list = previous.type() == ArticleBlock.Type.LIST_ITEM && block.type() == ArticleBlock.Type.LIST_ITEM;
                out.append(list ? "\n" : "\n\n");
            }
            out.append(block.text());
            previous = block;
        }
        return out.toString();
    }
}
