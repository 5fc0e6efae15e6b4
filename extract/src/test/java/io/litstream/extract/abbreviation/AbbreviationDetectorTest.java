package io.litstream.extract.abbreviation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbbreviationDetectorTest {
    private final AbbreviationDetector detector = new AbbreviationDetector();

    @Test
    void findsTheLongFormOfEachDefinition() {
        assertEquals(List.of(new Abbreviation("MSCs", "mesenchymal stem cells")),
                detector.detect("Infusions of mesenchymal stem cells (MSCs) were given."));
        assertEquals(List.of(new Abbreviation("BoNT/A", "botulinum neurotoxin type A")),
                detector.detect("A single dose of botulinum neurotoxin type A (BoNT/A) was injected."));
        assertEquals(List.of(new Abbreviation("rTMS", "repetitive transcranial magnetic stimulation"),
                        new Abbreviation("HAM-D", "Hamilton Depression Rating Scale")),
                detector.detect("After repetitive transcranial magnetic stimulation (rTMS), the Hamilton Depression "
                        + "Rating Scale (HAM-D; 17 items) fell."));
    }

    @Test
    void ignoresBracketsThatAreNotDefinitions() {
        assertEquals(List.of(), detector.detect("Mood improved (see below) in most patients (n = 40)."));
        assertEquals(List.of(), detector.detect("The drug (ketamine) was given."));
    }
}
