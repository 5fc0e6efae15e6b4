package io.litstream.aggregate.stream;

import io.litstream.aggregate.arm.CandidateTherapies;
import io.litstream.aggregate.contribution.ByTherapyPartitioner;
import io.litstream.aggregate.contribution.ContributionBatch;
import io.litstream.aggregate.contribution.Contributions;
import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.topics.event.TherapyEventType;
import io.litstream.topics.extraction.TrialArm.Role;
import static io.litstream.aggregate.testing.Articles.T0;
import static io.litstream.aggregate.testing.Articles.article;
import static io.litstream.topics.extraction.ClaimType.EFFICACY;
import static io.litstream.topics.extraction.ClaimType.MECHANISM;
import static io.litstream.topics.extraction.ClaimType.SAFETY;
import static io.litstream.topics.extraction.EvidenceLevel.CLINICAL;
import static io.litstream.topics.extraction.EvidenceLevel.PRECLINICAL;
import static io.litstream.topics.extraction.Polarity.NO_EFFECT;
import static io.litstream.topics.extraction.Polarity.REFUTES;
import static io.litstream.topics.extraction.Polarity.SUPPORTS;
import static io.litstream.topics.extraction.StudyDesign.NARRATIVE_REVIEW;
import static io.litstream.topics.extraction.StudyDesign.RANDOMISED_CONTROLLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.aggregate.testing.AggregateDriver;
import io.litstream.aggregate.testing.Articles;
import io.litstream.topics.Topics;
import io.litstream.topics.deadletter.DeadLetterHeaders;
import io.litstream.topics.deadletter.DeadLetterReason;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.extraction.StudyDesign;
import io.litstream.topics.summary.TherapySummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateTopologyTest {
    /** An unmapped arm's candidate therapy. */
    private static final String LIGHT_BOX = "arm:led-light-box";
    private static final int N = CandidateTherapies.DEFAULT_PROMOTE_AFTER;
    @TempDir
    Path stateDir;

    private AggregateDriver driver;

    @BeforeEach
    void start() {
        driver = new AggregateDriver(stateDir);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void twoArticlesMentioningATherapyCountTwoArticles() {
        driver.put(article("a1").claim("ketamine", EFFICACY, SUPPORTS).build());
        driver.put(article("a2").claim("ketamine", SAFETY, REFUTES).build());

        TherapySummary ketamine = driver.store().get("ketamine");
        assertEquals(2, ketamine.articleCount());
        assertEquals("Ketamine", ketamine.name());
        assertEquals("DRUG", ketamine.category());
        assertEquals(Map.of(EFFICACY, 1L, SAFETY, 1L), ketamine.claimsByType());
        assertEquals(Map.of(SUPPORTS, 1L, REFUTES, 1L), ketamine.claimsByPolarity());
        driver.assertMatchesReference();
    }

    @Test
    void theArticlesTableIsKeptFromTheExtractionsTopicWithoutAChangelogOfItsOwn() {
        driver.put(article("a1").claim("ketamine", EFFICACY, SUPPORTS).build());
        driver.retract("a2");

        assertEquals("a1", driver.articleStore().get("a1").articleId());
        assertTrue(driver.producedTopics().stream().noneMatch(t -> t.endsWith("-articles-changelog")),
                "written: " + driver.producedTopics());
        assertTrue(driver.producedTopics().stream().anyMatch(t -> t.endsWith("-contributions-changelog")),
                "the stores the topic cannot rebuild keep their changelogs: " + driver.producedTopics());
    }

    @Test
    void reDeliveredArticleChangesNothing() {
        var a1 = article("a1").mechanism("nmda").claim("ketamine", EFFICACY, SUPPORTS).build();
        driver.put(a1);
        driver.put(article("a2").claim("ketamine", EFFICACY, NO_EFFECT).build());
        Map<String, TherapySummary> before = driver.store();
        int records = driver.history().size();

        driver.put(a1);
        driver.put(a1);

        assertEquals(before, driver.store());
        assertEquals(records, driver.history().size(), "an unchanged article rewrites no summary");
        driver.assertMatchesReference();
    }

    @Test
    void updatedArticleReplacesItsContribution() {
        driver.put(article("a1").claim("ketamine", EFFICACY, SUPPORTS).build());
        driver.put(article("a2").claim("ketamine", EFFICACY, SUPPORTS).build());

        // a1 is re-extracted: it now speaks about psilocybin, not ketamine.
        driver.put(article("a1").at(T0.plus(Duration.ofDays(1))).claim("psilocybin", SAFETY, REFUTES).build());

        Map<String, TherapySummary> store = driver.store();
        assertEquals(1, store.get("ketamine").articleCount());
        assertEquals(Map.of(EFFICACY, 1L), store.get("ketamine").claimsByType());
        assertEquals(1, store.get("psilocybin").articleCount());
        assertEquals(Map.of(SAFETY, 1L), store.get("psilocybin").claimsByType());
        assertTrue(store.get("ketamine").latestClaims().stream().allMatch(c -> c.articleId().equals("a2")),
                "the replaced article's claims left ketamine's provenance");
        driver.assertMatchesReference();
    }

    @Test
    void articleCountsOncePerTherapyHoweverManySentencesMentionIt() {
        Articles a1 = article("a1");
        for (int i = 0; i < 5; i++) {
            a1.claim("ketamine", EFFICACY, SUPPORTS);
        }
        driver.put(a1.build());

        TherapySummary ketamine = driver.store().get("ketamine");
        assertEquals(1, ketamine.articleCount());
        assertEquals(Map.of(EFFICACY, 5L), ketamine.claimsByType());
        assertEquals(5, ketamine.latestClaims().size());
        assertEquals(List.of(0, 1, 2, 3, 4), ketamine.latestClaims().stream()
                .map(c -> Integer.parseInt(c.sentence().split(" ")[1])).toList(), "sentence order within an article");
        driver.assertMatchesReference();
    }

    @Test
    void retractionRemovesTheContributionAndTheLastOneTombstonesTheSummary() {
        driver.put(article("a1").claim("ketamine", EFFICACY, SUPPORTS).claim("esketamine", EFFICACY, SUPPORTS).build());
        driver.put(article("a2").claim("ketamine", SAFETY, REFUTES).build());

        driver.retract("a1");
        assertEquals(1, driver.store().get("ketamine").articleCount());
        assertFalse(driver.store().containsKey("esketamine"));
        assertEquals(new KeyValue<String, TherapySummary>("esketamine", null), lastRecordFor("esketamine"));
        driver.assertMatchesReference();

        driver.retract("a2");
        assertTrue(driver.store().isEmpty());
        assertNull(lastRecordFor("ketamine").value, "the summaries topic forgets ketamine");
        assertTrue(driver.compactedTopic().isEmpty());
        driver.assertMatchesReference();
    }

    @Test
    void anUpdateOnlyRewritesTheSummariesItChanges() {
        driver.put(article("a1").claim("ketamine", EFFICACY, SUPPORTS).claim("ect", EFFICACY, SUPPORTS).build());
        int records = driver.history().size();

        // Same claims about ketamine, one more about ECT.
        driver.put(article("a1").claim("ketamine", EFFICACY, SUPPORTS).claim("ect", EFFICACY, SUPPORTS)
                .claim("ect", SAFETY, REFUTES).build());

        List<String> rewritten = driver.history().subList(records, driver.history().size()).stream()
                .map(kv -> kv.key).distinct().toList();
        assertEquals(List.of("ect"), rewritten);
        assertEquals(Map.of(EFFICACY, 1L, SAFETY, 1L), driver.store().get("ect").claimsByType());
        driver.assertMatchesReference();
    }

    @Test
    void retractingAnUnknownArticleEmitsNothing() {
        driver.put(article("a1").claim("ketamine", EFFICACY, SUPPORTS).build());
        int records = driver.history().size();

        driver.retract("never-seen");
        driver.retract("never-seen");

        assertEquals(records, driver.history().size());
        driver.assertMatchesReference();
    }

    @Test
    void mechanismsAreCountedPerArticle() {
        // Two sentences of a1 link NMDA to ketamine: one article, counted once.
        driver.put(article("a1")
                .claim("ketamine", MECHANISM, SUPPORTS, PRECLINICAL, "nmda")
                .claim("ketamine", EFFICACY, SUPPORTS, CLINICAL, "nmda", "bdnf")
                .build());
        // a2 makes a claim about ketamine and names mTOR elsewhere: linked by co-occurrence.
        driver.put(article("a2").mechanism("mtor").claim("ketamine", EFFICACY, SUPPORTS, CLINICAL, "nmda").build());
        // a3 names ketamine in passing (no claim): it links no mechanism.
        driver.put(article("a3").therapy("ketamine").mechanism("nmda").build());

        TherapySummary ketamine = driver.store().get("ketamine");
        assertEquals(3, ketamine.articleCount());
        assertEquals(Map.of("nmda", 2L, "bdnf", 1L, "mtor", 1L), ketamine.mechanisms());
        driver.assertMatchesReference();

        driver.retract("a1");
        assertEquals(Map.of("nmda", 1L, "mtor", 1L), driver.store().get("ketamine").mechanisms());
        driver.assertMatchesReference();
    }

    @Test
    void undecodableExtractionIsSkippedAndLaterRecordsStillCount() {
        driver.put(article("a1").claim("ketamine", EFFICACY, SUPPORTS).build());
        driver.putRaw("a1", "{not json".getBytes(StandardCharsets.UTF_8));
        driver.put(article("a2").claim("ketamine", EFFICACY, SUPPORTS).build());

        // a1's broken version is skipped: its previous version still counts.
        assertEquals(2, driver.store().get("ketamine").articleCount());
        driver.assertMatchesReference();
    }

    @Test
    void undecodableExtractionGoesToTheDeadLetters() {
        // The test driver drops records a deserialization handler produces inside an open
        // transaction (it clears its mock producer's uncommitted sends), so this one runs
        // at-least-once; the real runtime commits them with the task's next transaction.
        Properties atLeastOnce = new Properties();
        atLeastOnce.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        try (AggregateDriver alo = new AggregateDriver(stateDir.resolve("alo"), atLeastOnce)) {
            alo.putRaw("a1", "{not json".getBytes(StandardCharsets.UTF_8));

            List<TestRecord<byte[], byte[]>> dead = alo.readDeadLetters();
            assertEquals(1, dead.size());
            TestRecord<byte[], byte[]> letter = dead.get(0);
            assertEquals("a1", new String(letter.key(), StandardCharsets.UTF_8));
            assertEquals("{not json", new String(letter.value(), StandardCharsets.UTF_8));
            assertEquals(DeadLetterReason.DESERIALIZATION_ERROR.name(),
                    DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.REASON));
            assertEquals("aggregate", DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.STAGE));
            assertEquals(Topics.EXTRACTIONS + "-0@0", DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.SOURCE));
            assertTrue(alo.store().isEmpty());
        }
    }

    @Test
    void internalTopicsAndStoresHaveStableNames() {
        // Renaming any of these orphans the state of a running deployment: keep them fixed.
        TopologyDescription description = AggregateTopology.build().describe();
        String topology = description.toString();
        assertTrue(topology.contains("contributions-repartition"), topology);
        // One repartition topic, two sub-topologies: split, then summarise.
        assertEquals(2, description.subtopologies().size(), topology);
        Set<String> stores = new TreeSet<>();
        description.subtopologies().forEach(sub -> sub.nodes().forEach(node -> {
            if (node instanceof TopologyDescription.Processor p) {
                stores.addAll(p.stores());
            }
        }));
        assertEquals(Set.of("emitted-contributions", "articles", "contributions", "therapy-summaries"), stores,
                topology);
    }

    /**
     * Any interleaving of new versions, retractions and re-deliveries leaves summaries equal to a
     * from-scratch computation over the live articles, after every single step.
     */
    @Test
    void summariesEqualAFromScratchComputationAfterAnyHistory() {
        Random random = new Random(20250101L);
        List<String> therapies = List.of("ketamine", "esketamine", "psilocybin", "ect", "sertraline");
        List<String> mechanisms = List.of("nmda", "bdnf", "5ht2a", "mtor");
        for (int step = 0; step < 400; step++) {
            int n = random.nextInt(8);
            // Journal records from two publishers and web pages from two hosts, for the score's genre and sources.
            String articleId = n % 2 == 0 ? "doi:10." + (n % 4) + "/a" + n : "sha256:a" + n;
            int dice = random.nextInt(100);
            if (dice < 15) {
                driver.retract(articleId);
            } else if (dice < 35 && driver.live().containsKey(articleId)) {
                driver.put(driver.live().get(articleId));
            } else {
                Articles a = article(articleId).at(T0.plusSeconds(step))
                        .url(n % 2 == 0 ? null : "https://blog" + (n % 3) + ".example/" + n)
                        .version(step < 200 ? "v1" : "v2");
                if (random.nextInt(3) == 0) {
                    a.therapy(pick(random, therapies));
                }
                if (random.nextBoolean()) {
                    a.mechanism(pick(random, mechanisms));
                }
                int claims = random.nextInt(6);
                for (int i = 0; i < claims; i++) {
                    String[] linked = random.nextInt(3) == 0 ? new String[] {pick(random, mechanisms)} : new String[0];
                    a.claim(pick(random, therapies), pick(random, ClaimType.values()),
                            pick(random, Polarity.values()), pick(random, EvidenceLevel.values()),
                            random.nextInt(3) == 0, linked);
                }
                if (random.nextInt(3) == 0) {
                    // A trial report, for the per-outcome table and the design's weight.
                    a.design(pick(random, StudyDesign.values()));
                    if (random.nextBoolean()) {
                        a.sampleSize(20 + random.nextInt(400));
                    }
                    for (int i = random.nextInt(4); i > 0; i--) {
                        a.finding(pick(random, therapies), pick(random, List.of(OutcomeMeasure.MADRS,
                                OutcomeMeasure.HAM_D, OutcomeMeasure.REMISSION)), pick(random, Direction.values()),
                                random.nextInt(4) == 0 ? null : pick(random, ComparatorKind.values()));
                    }
                }
                driver.put(a.build());
            }
            driver.assertMatchesReference();
        }
    }

    private KeyValue<String, TherapySummary> lastRecordFor(String therapyId) {
        List<KeyValue<String, TherapySummary>> records = driver.history().stream()
                .filter(kv -> kv.key.equals(therapyId)).toList();
        return records.get(records.size() - 1);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private void lightBoxTrial(String articleId) {
        driver.put(article(articleId).design(RANDOMISED_CONTROLLED).arm("LED light boxes, 30 min daily", Role.INTERVENTION, null)
                .arm("dim red light placebo", Role.COMPARATOR, null).build());
    }

    @Test
    void anUnmappedArmBecomesATherapyAtTheNthDistinctArticleNotBefore() {
        for (int i = 1; i < N; i++) {
            lightBoxTrial("a" + i);
        }
        lightBoxTrial("a1"); // the same article again is not a new one
        assertFalse(driver.store().containsKey(LIGHT_BOX));
        assertFalse(driver.compactedTopic().containsKey(LIGHT_BOX));

        lightBoxTrial("a" + N);
        TherapySummary promoted = driver.store().get(LIGHT_BOX);
        assertEquals(N, promoted.articleCount());
        assertEquals(CandidateTherapies.CATEGORY, promoted.category());
        assertEquals("led light box", promoted.name());
        assertEquals(N, driver.compactedTopic().get(LIGHT_BOX).articleCount());
        assertEquals(1, driver.events().stream().filter(e -> e.key().equals(LIGHT_BOX))
                .filter(e -> e.value().type() == TherapyEventType.NEW_THERAPY).count());
    }

    @Test
    void extractsClaimsAboutAnUnmappedArmCountOnlyOnceTheArmIsPromoted() {
        // extract keys a claim about the arm by the same id the arm is counted under
        for (int i = 1; i < N; i++) {
            driver.put(article("c" + i).design(RANDOMISED_CONTROLLED).arm("LED light boxes, 30 min daily", Role.INTERVENTION, null)
                    .claim(LIGHT_BOX, EFFICACY, SUPPORTS).build());
        }
        assertNull(driver.store().get(LIGHT_BOX), "claims alone do not make a therapy below N");

        driver.put(article("c" + N).design(RANDOMISED_CONTROLLED).arm("LED light box", Role.INTERVENTION, null).build());
        TherapySummary promoted = driver.store().get(LIGHT_BOX);
        assertEquals(N, promoted.articleCount());
        assertEquals(N - 1, promoted.claimsByType().get(EFFICACY));
    }

    @Test
    void armsOfArticlesThatReportNoTrialAreNeverCandidatesNorAreTheirArmClaims() {
        for (int i = 1; i <= N + 1; i++) {
            // a news page and a review: the tagger's "arms" there are mentions, not trial arms
            driver.put(article("n" + i).arm("LED light boxes", Role.INTERVENTION, null)
                    .claim(LIGHT_BOX, EFFICACY, SUPPORTS).build());
            driver.put(article("r" + i).design(NARRATIVE_REVIEW).arm("LED light boxes", Role.INTERVENTION, null).build());
        }
        assertNull(driver.store().get(LIGHT_BOX));
        assertFalse(driver.compactedTopic().containsKey(LIGHT_BOX));
    }

    @Test
    void aRetractionAndAnEditThatDropTheCountBelowNUnpromoteExactlyOnce() {
        for (int i = 1; i <= N + 1; i++) {
            lightBoxTrial("a" + i);
        }
        driver.retract("a1");
        assertEquals(N, driver.store().get(LIGHT_BOX).articleCount());

        // an edit: the article now names no arm
        driver.put(article("a2").therapy("sertraline").build());
        assertNull(driver.store().get(LIGHT_BOX));
        driver.retract("a3");
        assertNull(driver.store().get(LIGHT_BOX));

        long tombstones = driver.summaryRecords().stream()
                .filter(r -> r.key().equals(LIGHT_BOX)).map(TestRecord::value).filter(v -> v == null).count();
        assertEquals(1, tombstones);
        assertFalse(driver.compactedTopic().containsKey(LIGHT_BOX));

        lightBoxTrial("a1");
        assertNull(driver.store().get(LIGHT_BOX), "N - 1 live articles");
        lightBoxTrial("a2");
        assertEquals(N, driver.store().get(LIGHT_BOX).articleCount(), "back at N, promoted again from the live articles");
    }

    @Test
    void controlGroupsAndPlaceboArePromotedNeverWhateverTheirRole() {
        for (int i = 1; i <= N + 2; i++) {
            driver.put(article("a" + i).design(RANDOMISED_CONTROLLED).arm("control group", Role.INTERVENTION, null)
                    .arm("matching placebo", Role.INTERVENTION, null)
                    .arm("usual care", Role.COMPARATOR, null)
                    .arm("group B", Role.UNKNOWN, null)
                    .arm("bright light therapy", Role.COMPARATOR, null).build());
        }
        assertTrue(driver.store().isEmpty(), driver.store().keySet().toString());
        assertTrue(driver.queryStore().contributions("arm:control").isEmpty());
        assertTrue(driver.queryStore().contributions("arm:bright-light").isEmpty(), "a comparator is no candidate");
    }

    @Test
    void anArmThatMapsToAKnownTherapyCountsForItAndIsNoCandidate() {
        for (int i = 1; i <= N; i++) {
            driver.put(article("a" + i).design(RANDOMISED_CONTROLLED).therapy("esketamine")
                    .arm("intranasal esketamine 56 mg", Role.INTERVENTION, "esketamine").build());
        }
        assertEquals(N, driver.store().get("esketamine").articleCount());
        assertFalse(driver.store().containsKey("arm:esketamine"));
        assertEquals(1, driver.store().size());
    }

    @Test
    void anArticleReachesTheSummariserAsOneRecordPerPartitionOfItsTherapies() {
        List<String> therapies = List.of("ketamine", "esketamine", "psilocybin", "ect", "sertraline", "bupropion",
                "lithium", "tms", "psychotherapy");
        Articles article = article("a1");
        therapies.forEach(t -> article.claim(t, EFFICACY, SUPPORTS));
        driver.put(article.build());

        List<TestRecord<String, ContributionBatch>> batches = driver.readContributionBatches();
        Set<Integer> partitions = new TreeSet<>();
        therapies.forEach(t -> partitions.add(ByTherapyPartitioner.partitionOf(t, AggregateTopology.DEFAULT_PARTITIONS)));
        assertEquals(partitions.size(), batches.size(), batches.toString());
        assertTrue(batches.size() < therapies.size());
        Set<String> sent = new TreeSet<>();
        for (TestRecord<String, ContributionBatch> batch : batches) {
            assertEquals("a1", batch.key());
            assertEquals(1, batch.value().therapyIds().stream()
                    .map(t -> ByTherapyPartitioner.partitionOf(t, AggregateTopology.DEFAULT_PARTITIONS)).distinct().count());
            sent.addAll(batch.value().therapyIds());
        }
        assertEquals(new TreeSet<>(therapies), sent);
        therapies.forEach(t -> assertEquals(1, driver.store().get(t).articleCount(), t));

        // an edit that drops the last two therapies and changes one: only those go
        Articles edit = article("a1");
        therapies.stream().filter(t -> !t.equals("tms") && !t.equals("psychotherapy"))
                .forEach(t -> edit.claim(t, EFFICACY, t.equals("ect") ? REFUTES : SUPPORTS));
        driver.put(edit.build());
        Set<String> removed = new TreeSet<>();
        Set<String> changed = new TreeSet<>();
        driver.readContributionBatches().forEach(b -> {
            removed.addAll(b.value().removed());
            b.value().contributions().forEach(c -> changed.add(c.therapyId()));
        });
        assertEquals(Set.of("tms", "psychotherapy"), removed);
        assertEquals(Set.of("ect"), changed);
        driver.assertMatchesReference();
    }

    @Test
    void contributionsLeftOnTheTopicByTheVersionBeforeBatchesAreStillApplied() {
        driver.put(article("a1").claim("ketamine", EFFICACY, SUPPORTS).claim("ect", EFFICACY, SUPPORTS).build());
        TherapyContribution old = driver.contributionStore().get(TherapyContribution.keyOf("ketamine", "a1"));
        TherapyContribution legacy = Contributions.of("a2", article("a2").claim("ketamine", EFFICACY, REFUTES).build())
                .get("ketamine");

        driver.putLegacyContribution(TherapyContribution.keyOf("ketamine", "a2"), legacy);
        assertEquals(2, driver.store().get("ketamine").articleCount());
        assertEquals(1L, driver.store().get("ketamine").claimsByPolarity().get(REFUTES));

        driver.putLegacyContribution(TherapyContribution.keyOf("ect", "a1"), null);
        assertNull(driver.store().get("ect"));
        assertEquals(old, driver.contributionStore().get(TherapyContribution.keyOf("ketamine", "a1")));
    }
}
