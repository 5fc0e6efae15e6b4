package io.litstream.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.serde.LitstreamSerdes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OutputBoundsTest {

    @Test
    void keepsClaimsInDocumentOrderWithinThePerTherapyAndTotalCaps() {
        OutputBounds bounds = new OutputBounds(5, 2, 1000, 20);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            claims.add(claim("ketamine", "Ketamine helped, sentence " + i, i));
            claims.add(claim("lithium", "Lithium helped, sentence " + i, i));
        }
        claims.add(claim("psilocybin", "Psilocybin helped.", 9));

        List<Claim> kept = bounds.claims(claims);

        Map<String, Long> perTherapy = kept.stream().collect(Collectors.groupingBy(Claim::therapy, Collectors.counting()));
        assertEquals(Map.of("ketamine", 2L, "lithium", 2L, "psilocybin", 1L), perTherapy);
        assertEquals("Ketamine helped, sentence 0", kept.get(0).sentence());
    }

    @Test
    void shortensOverlongSentences() {
        Claim c = new OutputBounds(10, 10, 20, 20).claims(List.of(claim("ketamine", "x".repeat(500), 0))).get(0);
        assertEquals(20, c.sentence().length());
        assertTrue(c.sentence().endsWith("…"));
    }

    @Test
    void aHugeArticleFullOfFindingsStillMakesAnExtractionThatFitsInAKafkaRecord() {
        String finding = "In a randomized trial, ketamine reduced depressive symptoms compared with placebo, "
                + "and sertraline, lithium and psilocybin were also effective in patients. ";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append(finding).append(i % 5 == 4 ? "\n\n" : "");
        }
        RawArticle article = new RawArticle("sha256:huge", "huge.txt", RawArticle.SourceKind.DIRECTORY, "text",
                "Many findings", text.toString(), null, null, null, null, null, null, Instant.EPOCH);

        ArticleExtraction extraction = ArticleExtractor.create().extract(article);

        byte[] json = LitstreamSerdes.extraction().toBytes(extraction);
        assertTrue(json.length < 900_000, "extraction is " + json.length + " bytes");
        assertTrue(extraction.claims().size() <= OutputBounds.DEFAULT.maxClaims());
        assertTrue(extraction.claims().stream().filter(c -> c.therapy().equals("ketamine")).count()
                <= OutputBounds.DEFAULT.maxClaimsPerTherapy());
    }

    private static Claim claim(String therapy, String sentence, int index) {
        return new Claim(therapy, therapy, ClaimType.EFFICACY, Polarity.SUPPORTS, false, EvidenceLevel.CLINICAL,
                sentence, List.of(), index);
    }
}
