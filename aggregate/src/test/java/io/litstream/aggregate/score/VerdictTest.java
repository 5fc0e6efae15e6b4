package io.litstream.aggregate.score;

import static io.litstream.aggregate.score.EvidenceScoreTest.journal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void namesTheSupportingStudiesStrongestFirstThenWhatCountsAgainst() {
        var tally = EvidenceScoreTest.tally(List.of(
                journal("doi:10.1/a", Polarity.SUPPORTS, EvidenceLevel.CLINICAL, false),
                journal("doi:10.1/b", Polarity.SUPPORTS, EvidenceLevel.CLINICAL, false),
                journal("doi:10.2/c", Polarity.SUPPORTS, EvidenceLevel.CLINICAL, true),
                journal("pmid:4", Polarity.SUPPORTS, EvidenceLevel.REGULATORY, false),
                journal("doi:10.3/e", Polarity.NO_EFFECT, EvidenceLevel.CLINICAL, false)));

        assertEquals("supported by 1 approval and 3 clinical studies (1 hedged) from 3 sources;"
                + " 1 clinical study found no effect", Verdict.of(tally, 5));
    }

    @Test
    void saysSoWhenNothingSupportsTheTherapy() {
        var tally = EvidenceScoreTest.tally(List.of(
                journal("doi:10.1/a", Polarity.REFUTES, EvidenceLevel.PRECLINICAL, false),
                journal("doi:10.1/b", Polarity.REFUTES, EvidenceLevel.CLINICAL, false)));

        assertEquals("no supporting finding in 3 articles; 1 clinical study and 1 preclinical study count against it",
                Verdict.of(tally, 3));
    }
}
