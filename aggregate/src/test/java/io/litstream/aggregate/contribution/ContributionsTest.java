package io.litstream.aggregate.contribution;

import static io.litstream.aggregate.testing.Articles.article;
import static io.litstream.topics.extraction.ClaimType.EFFICACY;
import static io.litstream.topics.extraction.ClaimType.MECHANISM;
import static io.litstream.topics.extraction.EvidenceLevel.CLINICAL;
import static io.litstream.topics.extraction.EvidenceLevel.UNSPECIFIED;
import static io.litstream.topics.extraction.Polarity.NEUTRAL;
import static io.litstream.topics.extraction.Polarity.SUPPORTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.serde.JsonSerde;
import io.litstream.topics.summary.ClaimProvenance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContributionsTest {

    @Test
    void oneContributionPerTherapyWithItsOwnClaimsInSentenceOrder() {
        ArticleExtraction a1 = article("a1")
                .claim("ketamine", EFFICACY, SUPPORTS)
                .claim("ect", EFFICACY, SUPPORTS)
                .claim("ketamine", MECHANISM, SUPPORTS)
                .build();

        Map<String, TherapyContribution> contributions = Contributions.of("a1", a1);

        assertEquals(List.of("ect", "ketamine"), List.copyOf(contributions.keySet()));
        TherapyContribution ketamine = contributions.get("ketamine");
        assertEquals("a1", ketamine.articleId());
        assertEquals("Ketamine", ketamine.therapyName());
        assertEquals("DRUG", ketamine.category());
        assertEquals("Title of a1", ketamine.title());
        assertEquals(List.of(EFFICACY, MECHANISM), ketamine.claims().stream().map(ClaimProvenance::type).toList());
        assertEquals("ketamine|a1", TherapyContribution.keyOf(ketamine.therapyId(), ketamine.articleId()));
    }

    @Test
    void mechanismsAreThoseOfTheTherapysClaimsPlusTheArticlesWhenItHasClaims() {
        ArticleExtraction a1 = article("a1")
                .mechanism("mtor")
                .claim("ketamine", MECHANISM, SUPPORTS, CLINICAL, "nmda")
                .claim("ect", EFFICACY, SUPPORTS, CLINICAL, "bdnf")
                .therapy("sertraline")
                .build();

        Map<String, TherapyContribution> contributions = Contributions.of("a1", a1);

        assertEquals(List.of("mtor", "nmda"), contributions.get("ketamine").mechanisms());
        assertEquals(List.of("bdnf", "mtor"), contributions.get("ect").mechanisms());
        assertEquals(List.of(), contributions.get("sertraline").mechanisms(), "named in passing: links nothing");
        assertEquals(List.of(), contributions.get("sertraline").claims());
    }

    @Test
    void aTherapyOnlyNamedByAClaimStillContributes() {
        Claim claim = new Claim("psilocybin", "Psilocybin", EFFICACY, null, true, null, "It may help.", List.of(), 3);
        ArticleExtraction a1 = new ArticleExtraction("a1", "s", "t", null, null, "v", null,
                List.of(), List.of(new FoundEntity("5ht2a", "5-HT2A", "RECEPTOR", List.of("5-HT2A"))), List.of(claim), 4, 40);

        TherapyContribution psilocybin = Contributions.of("a1", a1).get("psilocybin");

        assertEquals("Psilocybin", psilocybin.therapyName());
        assertEquals(NEUTRAL, psilocybin.claims().get(0).polarity(), "missing polarity counts as NEUTRAL");
        assertEquals(UNSPECIFIED, psilocybin.claims().get(0).evidence(), "missing evidence counts as UNSPECIFIED");
        assertEquals(List.of("5ht2a"), psilocybin.mechanisms());
    }

    @Test
    void claimsWithoutATherapyOrATypeAreDropped() {
        ArticleExtraction a1 = new ArticleExtraction("a1", "s", "t", null, null, "v", null,
                List.of(new FoundEntity("ketamine", "Ketamine", "DRUG", List.of("ketamine"))), List.of(),
                List.of(new Claim(null, null, EFFICACY, SUPPORTS, false, CLINICAL, "x", List.of(), 0),
                        new Claim("ketamine", "Ketamine", null, SUPPORTS, false, CLINICAL, "y", List.of(), 1)),
                2, 20);

        Map<String, TherapyContribution> contributions = Contributions.of("a1", a1);

        assertEquals(List.of("ketamine"), List.copyOf(contributions.keySet()));
        assertEquals(List.of(), contributions.get("ketamine").claims());
    }

    @Test
    void theSameExtractionYieldsEqualContributionsThatSurviveJson() {
        ArticleExtraction a1 = article("a1").mechanism("bdnf").claim("ketamine", EFFICACY, SUPPORTS, CLINICAL, "nmda").build();
        JsonSerde<TherapyContribution> serde = new JsonSerde<>(TherapyContribution.class);

        TherapyContribution once = Contributions.of("a1", a1).get("ketamine");

        assertEquals(once, Contributions.of("a1", a1).get("ketamine"));
        assertEquals(once, serde.fromBytes(serde.toBytes(once)));
    }
}
