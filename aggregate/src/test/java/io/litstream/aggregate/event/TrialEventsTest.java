package io.litstream.aggregate.event;

import static io.litstream.aggregate.testing.Articles.article;
import static io.litstream.topics.event.TherapyEventType.ARTICLE_RETRACTED;
import static io.litstream.topics.event.TherapyEventType.FIRST_NO_DIFFERENCE_RCT;
import static io.litstream.topics.event.TherapyEventType.FIRST_NO_EFFECT_FINDING;
import static io.litstream.topics.event.TherapyEventType.FIRST_RCT_FINDING;
import static io.litstream.topics.extraction.ComparatorKind.ACTIVE;
import static io.litstream.topics.extraction.ComparatorKind.BASELINE;
import static io.litstream.topics.extraction.ComparatorKind.PLACEBO;
import static io.litstream.topics.extraction.Direction.BETTER;
import static io.litstream.topics.extraction.Direction.NO_DIFFERENCE;
import static io.litstream.topics.extraction.OutcomeMeasure.MADRS;
import static io.litstream.topics.extraction.OutcomeMeasure.REMISSION;
import static io.litstream.topics.extraction.StudyDesign.CROSSOVER;
import static io.litstream.topics.extraction.StudyDesign.OPEN_LABEL;
import static io.litstream.topics.extraction.StudyDesign.RANDOMISED_CONTROLLED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.aggregate.testing.AggregateDriver;
import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.event.TherapyEventType;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.Polarity;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FIRST_RCT_FINDING and FIRST_NO_DIFFERENCE_RCT through the topology. */
class TrialEventsTest {
    @TempDir
    Path stateDir;
    private AggregateDriver driver;

    @BeforeEach
    void start() {
        driver = new AggregateDriver(stateDir, new Properties(), 0.99);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static final ArticleExtraction PLACEBO_TRIAL = article("doi:10.1/rct").url(null)
            .design(RANDOMISED_CONTROLLED).sampleSize(120)
            .finding("psilocybin", MADRS, BETTER, PLACEBO).build();
    private static final ArticleExtraction ACTIVE_CROSSOVER = article("doi:10.2/crossover").url(null)
            .design(CROSSOVER).sampleSize(30)
            .finding("psilocybin", MADRS, BETTER, ACTIVE)
            .finding("psilocybin", REMISSION, NO_DIFFERENCE, ACTIVE).build();
    private static final ArticleExtraction NULL_TRIAL = article("doi:10.3/null").url(null)
            .design(RANDOMISED_CONTROLLED).sampleSize(200)
            .finding("psilocybin", MADRS, NO_DIFFERENCE, PLACEBO).build();

    private List<TherapyEventType> events(TherapyEventType... types) {
        List<TherapyEventType> wanted = List.of(types);
        return driver.events().stream().map(TestRecord::value).map(TherapyEvent::type).filter(wanted::contains)
                .toList();
    }

    @Test
    void theFirstRandomisedTrialFindingIsReportedOnceWhateverFollows() {
        driver.put(PLACEBO_TRIAL);
        driver.put(ACTIVE_CROSSOVER);
        driver.put(PLACEBO_TRIAL);
        driver.put(article("doi:10.1/rct").url(null).design(RANDOMISED_CONTROLLED).sampleSize(118)
                .finding("psilocybin", MADRS, BETTER, PLACEBO).build());

        assertEquals(List.of(FIRST_RCT_FINDING), events(FIRST_RCT_FINDING));
        TherapyEvent first = driver.events().stream().map(TestRecord::value)
                .filter(e -> e.type() == FIRST_RCT_FINDING).findFirst().orElseThrow();
        assertEquals(PLACEBO_TRIAL.articleId(), first.articleId());
        assertEquals("1", first.after());
    }

    @Test
    void aStudyThatIsNotARandomisedComparisonMakesNoTrialEvent() {
        driver.put(article("sha256:open").design(OPEN_LABEL).finding("psilocybin", MADRS, NO_DIFFERENCE, PLACEBO)
                .build());
        driver.put(article("doi:10.4/baseline").design(RANDOMISED_CONTROLLED)
                .finding("psilocybin", MADRS, BETTER, BASELINE).build());

        assertEquals(List.of(FIRST_NO_EFFECT_FINDING), events(FIRST_RCT_FINDING, FIRST_NO_DIFFERENCE_RCT,
                FIRST_NO_EFFECT_FINDING));
    }

    @Test
    void theFirstNoDifferenceTrialIsReportedOnceEvenWhenItIsAlsoTheFirstTrial() {
        driver.put(NULL_TRIAL);
        driver.put(ACTIVE_CROSSOVER);

        assertEquals(List.of(FIRST_NO_EFFECT_FINDING, FIRST_RCT_FINDING, FIRST_NO_DIFFERENCE_RCT),
                events(FIRST_RCT_FINDING, FIRST_NO_DIFFERENCE_RCT, FIRST_NO_EFFECT_FINDING));
    }

    @Test
    void afterTheOnlyTrialIsRetractedTheNextTrialIsTheFirstAgain() {
        driver.put(article("sha256:news").claim("psilocybin", ClaimType.EFFICACY, Polarity.SUPPORTS).build());
        driver.put(NULL_TRIAL);
        driver.retract(NULL_TRIAL.articleId());
        driver.put(NULL_TRIAL);

        assertEquals(List.of(FIRST_RCT_FINDING, FIRST_NO_DIFFERENCE_RCT, ARTICLE_RETRACTED, FIRST_RCT_FINDING,
                FIRST_NO_DIFFERENCE_RCT), events(FIRST_RCT_FINDING, FIRST_NO_DIFFERENCE_RCT, ARTICLE_RETRACTED));
    }
}
