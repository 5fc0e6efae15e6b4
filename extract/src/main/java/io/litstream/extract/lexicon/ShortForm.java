package io.litstream.extract.lexicon;

import java.util.List;

/**
 * An abbreviation defined in the document being read, which overrides the lexicon for that
 * document: "MSCs" after "mesenchymal stem cells (MSCs)" names the long form's entity, and
 * "DBS" after "dried blood spots (DBS)" names nothing, whatever the lexicon says.
 *
 * @param text  the short form as defined ("BoNT/A")
 * @param keys  its case-sensitive word keys ({@code MatchToken#exact})
 * @param entry the entity it stands for, or {@code null} when it stands for none
 */
public record ShortForm(String text, List<String> keys, LexiconEntry entry) {
    public ShortForm {
        keys = List.copyOf(keys);
    }

    /** The short form of {@code text} standing for {@code entry} (null: for no entity). */
    public static ShortForm of(String text, LexiconEntry entry) {
        return new ShortForm(text, MatchTokenizer.tokenize(text).stream().map(MatchToken::exact).toList(), entry);
    }
}
