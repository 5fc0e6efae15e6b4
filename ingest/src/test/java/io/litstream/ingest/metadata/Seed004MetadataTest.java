package io.litstream.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.litstream.ingest.SharedData;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.topics.article.RawArticle;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shared seed 004 (a catalogue record of a PubMed review) read end to end; see seed-gold.json. */
class Seed004MetadataTest {
    @Test
    void findsTheGoldIdentifiersAndYear() {
        Path seed = SharedData.require("seeds/004_3a7e0b4c4cab45e6.txt");
        ReadResult result = new ArticleReader().read(seed);
        RawArticle a = assertInstanceOf(ReadResult.Accepted.class, result, result::toString).article();
        assertAll(
                () -> assertEquals("10.3389/fpsyt.2021.584416", a.doi()),
                () -> assertEquals("33967844", a.pmid()),
                () -> assertEquals("PMC8102733", a.pmcid()),
                () -> assertEquals(2021, a.year()),
                () -> assertEquals("doi:10.3389/fpsyt.2021.584416", a.id()),
                () -> assertEquals("Botulinum Neurotoxin Therapy for Depression: Therapeutic Mechanisms and Future Perspective", a.title()));
    }
}
