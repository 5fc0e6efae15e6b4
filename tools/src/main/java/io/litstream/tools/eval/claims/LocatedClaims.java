package io.litstream.tools.eval.claims;

import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's claims placed in the labelled text: each claim at every place its sentence occurs
 * (white space aside), since a claim records its sentence, not offsets. Claims whose sentence
 * cannot be found are counted, so a scorer that quietly loses claims shows it.
 */
final class LocatedClaims {
    /** A claim and where its sentence is. */
    record Located(Claim claim, List<Span> spans) {
        boolean overlaps(Span labelled) {
            return spans.stream().anyMatch(s -> s.overlaps(labelled));
        }
    }

    private final ArticleExtraction extraction;
    private final List<Located> located = new ArrayList<>();
    private int unlocated;

    LocatedClaims(ArticleExtraction extraction, NormalisedText reference) {
        this.extraction = extraction;
        for (Claim c : extraction.claims()) {
            List<Span> spans = reference.find(c.sentence());
            if (spans.isEmpty()) {
                unlocated++;
            }
            located.add(new Located(c, spans));
        }
    }

    List<Located> all() {
        return located;
    }

    /** The claims whose sentence overlaps {@code labelled}. */
    List<Located> on(Span labelled) {
        return located.stream().filter(l -> l.overlaps(labelled)).toList();
    }

    int unlocated() {
        return unlocated;
    }

    ArticleExtraction extraction() {
        return extraction;
    }
}
