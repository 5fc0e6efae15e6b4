package io.litstream.tools.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.extract.ner.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterventionDataTest {
    private static EbmNlpDocument doc(String pmid, String... tokenTags) {
        List<TaggedToken> tokens = new ArrayList<>();
        for (String tt : tokenTags) {
            String[] p = tt.split("/");
            tokens.add(new TaggedToken(p[0], p[1]));
        }
        return new EbmNlpDocument(pmid, List.of(tokens));
    }

    @Test
    void heldOutAbstractsAreExpertLabelledNeverInTheDevelopmentSplitAndChosenByPmidAlone() {
        List<EbmNlpDocument> crowd = new ArrayList<>();
        List<EbmNlpDocument> expert = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            expert.add(doc("e" + i, "x/O"));
            if (i % 2 == 0) {
                crowd.add(doc("e" + i, "x/O"));
            }
        }
        InterventionData.Split split = InterventionData.split(crowd, expert);

        List<String> heldOut = split.heldOut().stream().map(EbmNlpDocument::pmid).toList();
        assertFalse(heldOut.isEmpty());
        for (String pmid : heldOut) {
            assertTrue(InterventionData.heldOut(pmid));
            assertTrue(crowd.stream().noneMatch(d -> d.pmid().equals(pmid)), pmid + " is in the development split");
        }
        List<String> training = split.training().stream().map(t -> t.document().pmid()).toList();
        assertTrue(training.stream().noneMatch(heldOut::contains));
        assertEquals(60, training.size() + heldOut.size());
        assertEquals(30, split.crowdCount());
        // the same abstracts in another order are held out alike
        List<EbmNlpDocument> reversed = new ArrayList<>(expert);
        java.util.Collections.reverse(reversed);
        assertEquals(heldOut.stream().sorted().toList(), InterventionData.split(crowd, reversed).heldOut().stream()
                .map(EbmNlpDocument::pmid).sorted().toList());
    }

    @Test
    void aRelabelledAbstractTakesTheExpertsInterventionsAndKeepsTheCrowdsOtherRoles() {
        EbmNlpDocument crowd = doc("1", "aspirin/I-INT", "in/O", "adults/I-PAR", "lowers/I-INT", "pain/I-OUT");
        EbmNlpDocument expert = doc("1", "aspirin/I-INT", "in/O", "adults/O", "lowers/O", "pain/O");

        InterventionData.Split split = InterventionData.split(List.of(crowd), List.of(expert));

        TrainingAbstract merged = split.training().get(0);
        assertTrue(merged.expert());
        assertEquals(List.of("I-INT", "O", "I-PAR", "O", "I-OUT"),
                merged.document().sentences().get(0).stream().map(TaggedToken::tag).toList());
    }

    @Test
    void anAbstractTokenizedDifferentlyByTheTwoReleasesIsTakenFromTheExpertsAlone() {
        EbmNlpDocument crowd = doc("1", "low-dose/I-INT", "aspirin/I-INT");
        EbmNlpDocument expert = doc("1", "low/I-INT", "-/I-INT", "dose/O", "aspirin/I-INT");

        assertEquals(expert, InterventionData.merged(crowd, expert));
    }

    @Test
    void theExpertReleasesDocstartLinesGiveThePmidWithoutTheSubsetName() {
        assertEquals("10077140", EbmNlpReader.pmid("-DOCSTART- (10077140) random"));
        assertEquals("101", EbmNlpReader.pmid("-DOCSTART- (101)"));
    }
}
