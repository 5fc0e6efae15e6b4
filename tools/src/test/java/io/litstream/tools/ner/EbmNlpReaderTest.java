package io.litstream.tools.ner;

import io.litstream.extract.ner.TaggedToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class EbmNlpReaderTest {
    static final String TWO_DOCUMENTS = """
            -DOCSTART- (101)

            Walking NN O I-INT
            helps NN O O
            adults NN O I-PAR
            . NN O O

            It NN O O
            works NN O O
            . NN O O

            -DOCSTART- (102)

            Yoga NN O I-INT
            classes NN O I-INT
            . NN O O
            """;

    @Test
    void readsDocumentsSentencesTokensAndTags() throws IOException {
        List<EbmNlpDocument> docs = EbmNlpReader.read(new StringReader(TWO_DOCUMENTS));

        assertEquals(2, docs.size());
        assertEquals("101", docs.get(0).pmid());
        assertEquals(2, docs.get(0).sentences().size());
        assertEquals(new TaggedToken("Walking", "I-INT"), docs.get(0).sentences().get(0).get(0));
        assertEquals(new TaggedToken("adults", "I-PAR"), docs.get(0).sentences().get(0).get(2));
        assertEquals(7, docs.get(0).tokenCount());
        assertEquals("102", docs.get(1).pmid());
    }

    @Test
    void aTokenBeforeAnyDocumentIsAnError() {
        assertThrows(IOException.class, () -> EbmNlpReader.read(new StringReader("word NN O O\n")));
    }
}
