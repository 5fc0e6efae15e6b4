package io.litstream.extract.arms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.extract.nlp.Paragraph;
import io.litstream.extract.nlp.Sentence;
import io.litstream.extract.structure.Block;
import io.litstream.extract.structure.BlockKind;
import io.litstream.topics.article.RawArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrialSentencesTest {
    private static Block paragraph(String heading) {
        return new Block(1, BlockKind.PARAGRAPH, "text", 1, heading, -1);
    }

    @Test
    void aPubMedRecordIsReadWhole() {
        RawArticle pubmed = new RawArticle("pmid:1", "s", RawArticle.SourceKind.PUBMED, "pubmed", "T", "x", null, null,
                "1", null, null, null, null, List.of("Randomized Controlled Trial"));
        assertTrue(TrialSentences.wholeArticle(pubmed, List.of()));
        assertTrue(TrialSentences.read(true, paragraph(null), "Patients took a pill every morning."));
    }

    @Test
    void aLongTextIsReadOnlyInItsTrialSections() {
        RawArticle page = new RawArticle("sha256:1", "p.html", RawArticle.SourceKind.DIRECTORY, "html", "T", "x",
                null, null, null, null, null, null, null);
        assertFalse(TrialSentences.wholeArticle(page, List.of(paragraph(
                "Walks help many people. In one trial, patients were randomized to walking or usual care.", 400))));
        assertFalse(TrialSentences.read(false, paragraph("Living with depression"), "Walks help many people."));
        assertFalse(TrialSentences.read(false, paragraph("Living with depression"),
                "In one trial, patients were randomized to walking or usual care."),
                "the running text of a long web page is not read, trial cue or not");
        assertTrue(TrialSentences.read(false, paragraph("Methods"), "Patients took a pill every morning."));
        assertTrue(TrialSentences.read(false, paragraph("ABSTRACT.RESULTS:"), "Both groups improved."));
    }

    @Test
    void aTextAsShortAsAnAbstractThatReportsATrialIsReadWhole() {
        RawArticle text = new RawArticle("sha256:1", "a.txt", RawArticle.SourceKind.DIRECTORY, "text", "T", "x",
                null, null, null, null, null, null, null);
        assertTrue(TrialSentences.wholeArticle(text, List.of(paragraph(
                "Xylitol for otitis media. Children were randomized to xylitol gum or sucrose gum.", 1))));
        assertFalse(TrialSentences.wholeArticle(text, List.of(paragraph(
                "Xylitol for otitis media. Children chewed xylitol gum.", 1))));
    }

    /** A paragraph of {@code repeats} copies of {@code text}, one sentence per copy. */
    private static Paragraph paragraph(String text, int repeats) {
        List<Sentence> sentences = new java.util.ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            sentences.add(new Sentence(i, text, 0, text.length(), List.of()));
        }
        return new Paragraph(paragraph((String) null), sentences);
    }

    @Test
    void headingsAreNeverRead() {
        assertFalse(TrialSentences.read(true, new Block(1, BlockKind.HEADING, "Placebo arm", 1, "Placebo arm", -1),
                "Placebo arm"));
    }
}
