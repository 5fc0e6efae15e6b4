package io.litstream.extract.arms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(TrialSentences.trialRecord(pubmed));
        assertTrue(TrialSentences.read(true, paragraph(null), "Patients took a pill every morning."));
    }

    @Test
    void aWebPageIsReadOnlyInTrialSectionsAndSentencesWithATrialCue() {
        RawArticle page = new RawArticle("sha256:1", "p.html", RawArticle.SourceKind.DIRECTORY, "html", "T", "x",
                null, null, null, null, null, null, null);
        assertFalse(TrialSentences.trialRecord(page));
        assertFalse(TrialSentences.read(false, paragraph("Living with depression"), "Walks help many people."));
        assertTrue(TrialSentences.read(false, paragraph("Living with depression"),
                "In one trial, patients were randomized to walking or usual care."));
        assertTrue(TrialSentences.read(false, paragraph("Methods"), "Patients took a pill every morning."));
    }

    @Test
    void headingsAreNeverRead() {
        assertFalse(TrialSentences.read(true, new Block(1, BlockKind.HEADING, "Placebo arm", 1, "Placebo arm", -1),
                "Placebo arm"));
    }
}
