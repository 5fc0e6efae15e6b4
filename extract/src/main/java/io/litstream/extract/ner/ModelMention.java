package io.litstream.extract.ner;

/**
 * A name a trained model found in a sentence.
 *
 * @param text  the mention as written
 * @param start offset in the sentence text
 * @param end   end offset (exclusive)
 * @param type  the model's name type ({@code chemical}, {@code intervention})
 * @param tokens number of tokens it spans
 */
public record ModelMention(String text, int start, int end, String type, int tokens) {
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
