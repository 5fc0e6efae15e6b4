package io.litstream.extract.abbreviation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.litstream.extract.lexicon.Lexicon;
import io.litstream.extract.lexicon.LexiconMatcher;
import io.litstream.extract.lexicon.ShortForm;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentAbbreviationsTest {
    private final DocumentAbbreviations abbreviations = new DocumentAbbreviations(new LexiconMatcher(Lexicon.shared()));

    private ShortForm only(String sentence) {
        List<ShortForm> forms = abbreviations.resolve(List.of(sentence));
        assertEquals(1, forms.size());
        return forms.get(0);
    }

    @Test
    void aShortFormStandsForTheEntityItsLongFormNames() {
        assertEquals("mesenchymal-stem-cells", only("We infused umbilical mesenchymal stem cells (UMSCs).").entry().id());
        assertEquals("tms", only("Low-frequency transcranial magnetic stimulation (LFMS) was tried.").entry().id());
    }

    @Test
    void aShortFormDefinedAsSomethingElseStandsForNothing() {
        assertNull(only("Samples were dried blood spots (DBS) from each patient.").entry());
    }

    @Test
    void aParaphraseOfTheLexiconsLongFormKeepsTheLexiconSense() {
        assertEquals("dbs", only("They were offered deep brain stimulus (DBS) after years of illness.").entry().id());
    }
}
