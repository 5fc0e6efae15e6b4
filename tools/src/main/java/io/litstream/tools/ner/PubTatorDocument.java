package io.litstream.tools.ner;

import java.util.List;

/**
 * One abstract in PubTator format: title, abstract and the annotated mentions.
 *
 * <p>PubTator offsets count over the title, one space, then the abstract, which is what
 * {@link #text()} returns.
 */
public record PubTatorDocument(String pmid, String title, String abstractText, List<PubTatorMention> mentions) {
    public PubTatorDocument {
        mentions = List.copyOf(mentions);
    }

    /** Title, a space, abstract: the text the mention offsets point into. */
    public String text() {
        return abstractText.isEmpty() ? title : title + " " + abstractText;
    }

    /** The mentions of one type, e.g. {@code Chemical}. */
    public List<PubTatorMention> mentions(String type) {
        return mentions.stream().filter(m -> m.type().equals(type)).toList();
    }
}
