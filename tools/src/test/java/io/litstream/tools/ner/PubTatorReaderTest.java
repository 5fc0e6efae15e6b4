package io.litstream.tools.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PubTatorReaderTest {
    private static final String TWO_DOCUMENTS = """
            111|t|Sertraline for low mood.
            111|a|Sertraline and lithium were given; mood improved.
            111\t0\t10\tSertraline\tChemical\tD020280
            111\t15\t23\tlow mood\tDisease\tD003866
            111\t25\t35\tSertraline\tChemical\tD020280
            111\t40\t47\tlithium\tChemical\tD008094
            111\tCID\tD008094\tD003866

            222|t|No abstract here.
            222|a|
            """;

    @Test
    void readsTitleAbstractAndMentionsAndSkipsRelations() throws IOException {
        List<PubTatorDocument> docs = PubTatorReader.read(new StringReader(TWO_DOCUMENTS));

        assertEquals(2, docs.size());
        PubTatorDocument first = docs.get(0);
        assertEquals("111", first.pmid());
        assertEquals(4, first.mentions().size());
        assertEquals(3, first.mentions("Chemical").size());
        assertEquals("222", docs.get(1).pmid());
        assertEquals("No abstract here.", docs.get(1).text());
    }

    @Test
    void mentionOffsetsPointIntoTitleSpaceAbstract() throws IOException {
        PubTatorDocument doc = PubTatorReader.read(new StringReader(TWO_DOCUMENTS)).get(0);

        for (PubTatorMention m : doc.mentions()) {
            assertEquals(m.text(), doc.text().substring(m.start(), m.end()));
        }
    }

    @Test
    void aMentionBeforeAnyTitleIsAnError() {
        assertThrows(IOException.class, () -> PubTatorReader.read(new StringReader("9\t0\t3\tfoo\tChemical\t-1\n")));
    }
}
