package io.litstream.extract.lexicon;

/**
 * A lexicon entity found in a text.
 *
 * @param entry      the entity
 * @param start      offset of the mention in the text
 * @param end        end offset (exclusive)
 * @param surface    the mention as written; for an elliptic mention ("mesenchymal or neural
 *                   stem cells") the reconstructed phrase ("mesenchymal stem cells")
 * @param firstToken index of the first {@link MatchToken} covered
 * @param lastToken  index of the last {@link MatchToken} covered
 */
public record Match(LexiconEntry entry, int start, int end, String surface, int firstToken, int lastToken) {
    public EntityKind kind() {
        return entry.kind();
    }
}
