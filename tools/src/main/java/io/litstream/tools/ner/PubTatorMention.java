package io.litstream.tools.ner;

/**
 * One annotated mention of a PubTator document.
 *
 * @param start character offset in {@link PubTatorDocument#text()}
 * @param end   end offset (exclusive)
 * @param text  the mention as written
 * @param type  the entity type, {@code Chemical} or {@code Disease} in BC5CDR
 */
public record PubTatorMention(int start, int end, String text, String type) {
}
