package io.litstream.tools.ner;

import io.litstream.extract.ner.TaggedToken;
import java.util.List;

/**
 * One EBM-NLP abstract: its PubMed id and its sentences of tagged tokens.
 */
public record EbmNlpDocument(String pmid, List<List<TaggedToken>> sentences) {
    public EbmNlpDocument {
        sentences = sentences.stream().map(List::copyOf).toList();
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(List::size).sum();
    }
}
