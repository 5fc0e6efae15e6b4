package io.litstream.extract.lexicon;

/**
 * A word as lexicon matching sees it: a run of letters and digits, so hyphens, slashes,
 * underscores, dashes and brackets all separate words ("GABA_A", "GABA-A" and "GABA(A)" agree).
 *
 * @param text         the word as written
 * @param start        offset in the matched text
 * @param end          end offset (exclusive)
 * @param folded       case-insensitive key ({@link io.litstream.extract.nlp.TextNormalizer#fold})
 * @param exact        case-sensitive key ({@link io.litstream.extract.nlp.TextNormalizer#exact})
 * @param hyphenToNext the next word follows after a single hyphen ("anti-inflammatory"), so the
 *                     two may also be read as one word ("antiinflammatory")
 * @param breakBefore  punctuation separates this word from the previous one ("BDNF) expression",
 *                     "depression, cell"), so no phrase runs across the gap
 */
public record MatchToken(String text, int start, int end, String folded, String exact, boolean hyphenToNext,
                         boolean breakBefore) {
}
