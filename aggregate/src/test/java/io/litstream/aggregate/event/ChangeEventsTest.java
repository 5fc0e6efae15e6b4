package io.litstream.aggregate.event;

import static io.litstream.aggregate.testing.Articles.article;
import static io.litstream.topics.event.TherapyEventType.ARTICLE_RETRACTED;
import static io.litstream.topics.event.TherapyEventType.EVIDENCE_LEVEL_RAISED;
import static io.litstream.topics.event.TherapyEventType.FIRST_NO_EFFECT_FINDING;
import static io.litstream.topics.event.TherapyEventType.FIRST_REFUTING_FINDING;
import static io.litstream.topics.event.TherapyEventType.MECHANISM_LINKED;
import static io.litstream.topics.event.TherapyEventType.NEW_THERAPY;
import static io.litstream.topics.event.TherapyEventType.SCORE_CROSSED_THRESHOLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.aggregate.testing.AggregateDriver;
import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.event.TherapyEventType;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.header.LitstreamHeaders;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripted scenario: new therapy → clinical evidence → a no-effect trial → retraction. */
class ChangeEventsTest {
    private static final double THRESHOLD = 0.4;

    @TempDir
    Path stateDir;
    private AggregateDriver driver;

    @BeforeEach
    void start() {
        driver = new AggregateDriver(stateDir, new Properties(), THRESHOLD);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static final ArticleExtraction PRECLINICAL = article("doi:10.1/mice").url(null)
            .mechanism("nmda")
            .claim("ketamine", ClaimType.EFFICACY, Polarity.SUPPORTS, EvidenceLevel.PRECLINICAL).build();
    private static final ArticleExtraction TRIAL = article("doi:10.2/trial").url(null)
            .claim("ketamine", ClaimType.EFFICACY, Polarity.SUPPORTS, EvidenceLevel.CLINICAL).build();
    private static final ArticleExtraction NULL_TRIAL = article("doi:10.3/null").url(null)
            .claim("ketamine", ClaimType.EFFICACY, Polarity.NO_EFFECT, EvidenceLevel.CLINICAL).build();

    @Test
    void theScriptedScenarioEmitsEachChangeOnceNamingTheArticleBehindIt() {
        driver.put(PRECLINICAL);
        assertEquals(List.of(NEW_THERAPY, MECHANISM_LINKED), types());
        assertEquals("nmda", last().after());

        driver.put(TRIAL);
        assertEquals(List.of(EVIDENCE_LEVEL_RAISED, SCORE_CROSSED_THRESHOLD), types());
        TherapyEvent raised = driver.events().get(2).value();
        assertEquals("PRECLINICAL", raised.before());
        assertEquals("CLINICAL", raised.after());
        assertEquals(TRIAL.articleId(), raised.articleId());
        assertTrue(last().scoreAfter() >= THRESHOLD && last().scoreBefore() < THRESHOLD, last().toString());

        driver.put(NULL_TRIAL);
        assertEquals(List.of(FIRST_NO_EFFECT_FINDING, SCORE_CROSSED_THRESHOLD), types());
        assertEquals(NULL_TRIAL.articleId(), last().articleId());
        assertTrue(last().scoreAfter() < THRESHOLD, last().toString());

        driver.retract(TRIAL.articleId());
        assertEquals(List.of(ARTICLE_RETRACTED), types());
        assertEquals("3", last().before());
        assertEquals("2", last().after());
        assertEquals(TRIAL.articleId(), last().articleId());

        assertEquals(7, driver.events().size(), "nothing else was emitted: " + driver.events());
    }

    @Test
    void redeliveringAnArticleEmitsNothing() {
        driver.put(PRECLINICAL);
        driver.put(TRIAL);
        int before = driver.events().size();

        driver.put(PRECLINICAL);
        driver.put(TRIAL);

        assertEquals(before, driver.events().size(), driver.events().toString());
    }

    @Test
    void retractingArticlesReportsEachRetractionAndTheScoreFalling() {
        driver.put(TRIAL);
        driver.put(PRECLINICAL);
        assertTrue(last().scoreAfter() >= THRESHOLD, last().toString());

        driver.retract(PRECLINICAL.articleId());
        driver.retract(TRIAL.articleId());

        List<TherapyEvent> tail = driver.events().subList(driver.events().size() - 3, driver.events().size())
                .stream().map(TestRecord::value).toList();
        // One source left: below the threshold already after the first retraction.
        assertEquals(List.of(ARTICLE_RETRACTED, SCORE_CROSSED_THRESHOLD, ARTICLE_RETRACTED),
                tail.stream().map(TherapyEvent::type).toList());
        assertEquals(PRECLINICAL.articleId(), tail.get(1).articleId());
        assertEquals("0", tail.get(2).after());
        assertNull(tail.get(2).scoreAfter());
    }

    @Test
    void anUpdatedArticleIsOneChangeNotARemovalAndAnArrival() {
        driver.put(PRECLINICAL);
        driver.put(TRIAL);
        types();
        int summariesBefore = driver.summaryRecords().size();

        driver.put(article(TRIAL.articleId()).url(null)
                .claim("ketamine", ClaimType.EFFICACY, Polarity.NO_EFFECT, EvidenceLevel.CLINICAL).build());

        assertEquals(summariesBefore + 1, driver.summaryRecords().size(), "one summary record for one update");
        assertEquals(List.of(FIRST_NO_EFFECT_FINDING, SCORE_CROSSED_THRESHOLD), types());
        assertEquals(TRIAL.articleId(), last().articleId());
    }

    @Test
    void aFirstRefutingFindingIsReportedOnce() {
        driver.put(TRIAL);
        driver.put(article("doi:10.4/harm").url(null)
                .claim("ketamine", ClaimType.SAFETY, Polarity.REFUTES, EvidenceLevel.CLINICAL).build());
        driver.put(article("doi:10.5/harm").url(null)
                .claim("ketamine", ClaimType.SAFETY, Polarity.REFUTES, EvidenceLevel.CLINICAL).build());

        assertEquals(1, driver.events().stream().filter(e -> e.value().type() == FIRST_REFUTING_FINDING).count(),
                driver.events().toString());
    }

    @Test
    void eventsAndSummariesCarryTheSchemaAndExtractorVersionsAndTheArticle() {
        driver.put(PRECLINICAL);

        var event = driver.events().get(0).headers();
        var summary = driver.summaryRecords().get(0).headers();
        assertEquals("2", LitstreamHeaders.get(event, LitstreamHeaders.SCHEMA_VERSION), "events are v2");
        assertEquals("1", LitstreamHeaders.get(summary, LitstreamHeaders.SCHEMA_VERSION), "summaries are v1");
        for (var headers : List.of(event, summary)) {
            assertEquals("test", LitstreamHeaders.get(headers, LitstreamHeaders.EXTRACTOR_VERSION));
            assertEquals(PRECLINICAL.articleId(), LitstreamHeaders.get(headers, LitstreamHeaders.ARTICLE_ID));
        }
    }

    @Test
    void aSummaryNamesEachArticleItCarriesOnceAndEventsDoNot() {
        driver.put(PRECLINICAL);
        driver.put(TRIAL);

        List<String> named = driver.summaryRecords().stream()
                .flatMap(r -> LitstreamHeaders.all(r.headers(), LitstreamHeaders.SUMMARISED_ARTICLE).stream())
                .toList();
        assertEquals(List.of(PRECLINICAL.articleId(), TRIAL.articleId()), named);
        assertTrue(driver.events().stream()
                .allMatch(r -> LitstreamHeaders.all(r.headers(), LitstreamHeaders.SUMMARISED_ARTICLE).isEmpty()));
    }

    private int seen;

    /** The types of the events emitted since the last call. */
    private List<TherapyEventType> types() {
        List<TestRecord<String, TherapyEvent>> all = driver.events();
        List<TherapyEventType> out = all.subList(seen, all.size()).stream().map(r -> r.value().type()).toList();
        seen = all.size();
        return out;
    }

    private TherapyEvent last() {
        List<TestRecord<String, TherapyEvent>> all = driver.events();
        return all.get(all.size() - 1).value();
    }
}
