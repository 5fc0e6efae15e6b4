package io.litstream.extract.nlp;

import io.litstream.extract.structure.Block;
import java.util.List;

/** A content block split into sentences. */
public record Paragraph(Block block, List<Sentence> sentences) {
    public Paragraph {
        sentences = List.copyOf(sentences);
    }
}
