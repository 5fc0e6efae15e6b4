package io.litstream.ops.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.topics.extraction.EntityIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdLinkTest {
    @Test
    void eachOutsideIdLinksToItsVocabularysPublicPage() {
        assertEquals(List.of(
                new IdLink("MeSH", "D007649", "https://meshb.nlm.nih.gov/record/ui?ui=D007649"),
                new IdLink("DrugBank", "DB01221", "https://go.drugbank.com/drugs/DB01221"),
                new IdLink("ChEBI", "CHEBI:6121", "https://www.ebi.ac.uk/chebi/searchId.do?chebiId=CHEBI:6121")),
                IdLink.of(new EntityIds("D007649", "DB01221", "CHEBI:6121", null)));
        assertEquals(List.of(new IdLink("GO", "GO:0022008", "https://amigo.geneontology.org/amigo/term/GO:0022008")),
                IdLink.of(new EntityIds(null, null, null, "GO:0022008")));
    }

    @Test
    void aTherapyWithoutIdsHasNoLinks() {
        assertEquals(List.of(), IdLink.of(null));
        assertEquals(List.of(), IdLink.of(EntityIds.NONE));
    }
}
