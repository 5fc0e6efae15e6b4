package io.litstream.launcher.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.litstream.ingest.SourcesConfig;
import io.litstream.launcher.config.Settings;
import io.litstream.launcher.demo.CorpusProgress;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedKafkaCluster;
import io.litstream.launcher.testkit.TestSettings;
import io.litstream.topics.Topics;
import io.litstream.topics.deadletter.DeadLetterHeaders;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.serde.LitstreamSerdes;
import io.litstream.topics.summary.TherapySummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile input corpus ({@code src/test/resources/hostile/MANIFEST}) through the whole pipeline
 * on a real broker: files dropped into the inbox, pages behind a feed, feeds of their own and Europe
 * PMC records with their full texts served by a loopback server. Every case must end as the manifest says (a dead letter whose reason header
 * names the cause, or an article with the expected title and therapies), the control articles must
 * reach the summaries, no stream thread may die, and a control article dropped in after all of it
 * must still come through within a bound: nothing stalled.
 */
@ExtendWith(SharedKafkaCluster.class)
class HostileInputCorpusIT {
    /** A late article's way through ingest, extract and aggregate on an idle pipeline takes seconds; this is generous. */
    private static final Duration LATE_ARTICLE_BOUND = Duration.ofSeconds(90);
    private static final String LATE_CONTROL = "control-late-sertraline.txt";

    @BeforeEach
    void blankCluster(KafkaTestCluster kafka) throws Exception {
        PipelineReset.reset(kafka);
    }

    @Test
    void everyHostileInputEndsAsTheManifestSaysAndTheGoodArticlesStillFlow(KafkaTestCluster kafka, @TempDir Path work)
            throws Exception {
        List<HostileCorpus.Case> cases = HostileCorpus.cases();
        Path inbox = TestSettings.inbox(work);
        Files.createDirectories(inbox);
        try (HostileWebServer web = new HostileWebServer(cases)) {
            Map<String, HostileCorpus.Case> bySource = new HashMap<>();
            List<String> feeds = new ArrayList<>(List.of(web.corpusFeedUrl()));
            for (HostileCorpus.Case c : cases) {
                switch (c.via()) {
                    case INBOX -> bySource.put(inbox.resolve(c.name() + "." + c.extension()).toAbsolutePath().toString(), c);
                    case PAGE -> bySource.put(web.pageUrl(c), c);
                    case FEED -> {
                        bySource.put(web.feedUrl(c), c);
                        feeds.add(web.feedUrl(c));
                    }
                    case EUROPEPMC -> bySource.put(web.europePmcSource(c), c);
                }
            }
            Settings settings = TestSettings.pipeline(work, Map.of(
                    Settings.INGEST_MAX_BYTES, Long.toString(5L * 1024 * 1024),
                    SourcesConfig.FEEDS, String.join(",", feeds),
                    SourcesConfig.ALLOW_LOOPBACK, "true",
                    SourcesConfig.READ_TIMEOUT, "10s",
                    SourcesConfig.CONNECT_TIMEOUT, "2s",
                    SourcesConfig.MIN_INTERVAL, "0ms",
                    SourcesConfig.FEED_INTERVAL, "1h",
                    SourcesConfig.EUROPEPMC_QUERIES, "hostile corpus",
                    SourcesConfig.EUROPEPMC_BASE_URL, web.europePmcBaseUrl()));

            try (Pipeline pipeline = Pipeline.start(settings, kafka.bootstrapServers(), EnumSet.allOf(StageName.class));
                 CorpusProgress progress = new CorpusProgress(kafka.clientProperties())) {
                for (HostileCorpus.Case c : cases) {
                    if (c.via() == HostileCorpus.Via.INBOX) {
                        Files.write(inbox.resolve(c.name() + "." + c.extension()), HostileCorpus.body(c.input()));
                    }
                }

                Outcomes outcomes = awaitOutcomes(kafka, bySource.keySet(), Duration.ofMinutes(4));
                List<String> wrong = new ArrayList<>();
                bySource.forEach((source, c) -> check(c, outcomes.deadLetters().get(source), outcomes.articles().get(source))
                        .ifPresent(wrong::add));
                assertTrue(wrong.isEmpty(), "cases that did not end as the manifest says:\n" + String.join("\n", wrong));

                // Nothing stalled: an article dropped in after all of that comes through within the bound.
                Path late = inbox.resolve(LATE_CONTROL);
                long start = System.nanoTime();
                Files.write(late, HostileCorpus.body("file:" + LATE_CONTROL));
                Outcomes lateOutcome = awaitOutcomes(kafka, Set.of(late.toAbsolutePath().toString()), LATE_ARTICLE_BOUND);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertTrue(lateOutcome.articles().containsKey(late.toAbsolutePath().toString()),
                        "the late control article was not extracted within " + LATE_ARTICLE_BOUND);
                System.out.printf("hostile corpus: %d cases; late control article extracted %d ms after it was dropped in%n",
                        cases.size(), took.toMillis());

                assertTrue(progress.awaitSummariesSettled(Duration.ofSeconds(2), Duration.ofMinutes(1)));
                Set<String> therapies = pipeline.summaries().orElseThrow().all().stream()
                        .map(TherapySummary::therapyId).collect(Collectors.toSet());
                for (String control : List.of("ketamine", "brexanolone", "psilocybin", "lithium", "sertraline")) {
                    assertTrue(therapies.contains(control), control + " summarised: " + therapies);
                }

                assertTrue(pipeline.running(), "every stream stage still RUNNING: " + pipeline.streamStates());
                assertEquals(Map.of(StageName.EXTRACT, 0, StageName.AGGREGATE, 0), pipeline.streamThreadFailures(),
                        "no stream thread died and was replaced");
                assertEquals(0L, pipeline.ingestSourceCounters().getOrDefault("poll_errors", 0L),
                        "no ingest source poll failed: " + pipeline.ingestSourceCounters());
            }
        }
    }

    /** Why {@code c} did not end as expected, or empty when it did. */
    private static java.util.Optional<String> check(HostileCorpus.Case c, List<Map<String, String>> deadLetters,
            ArticleExtraction article) {
        if (c.expected() instanceof HostileCorpus.DeadLetter expected) {
            if (article != null) {
                return java.util.Optional.of(c.name() + ": expected a " + expected.reason() + " dead letter, got an article");
            }
            if (deadLetters == null) {
                return java.util.Optional.of(c.name() + ": no dead letter");
            }
            boolean found = deadLetters.stream().anyMatch(h -> expected.reason().equals(h.get(DeadLetterHeaders.REASON))
                    && h.getOrDefault(DeadLetterHeaders.DETAIL, "").contains(expected.detail()));
            return found ? java.util.Optional.empty() : java.util.Optional.of(c.name() + ": expected " + expected
                    + ", got " + deadLetters);
        }
        HostileCorpus.Article expected = (HostileCorpus.Article) c.expected();
        if (article == null) {
            return java.util.Optional.of(c.name() + ": no article" + (deadLetters == null ? "" : ", dead letters " + deadLetters));
        }
        List<String> therapies = article.therapies().stream().map(FoundEntity::id).toList();
        if (!expected.title().equals(article.title()) || !therapies.containsAll(expected.therapies())) {
            return java.util.Optional.of(c.name() + ": expected " + expected + ", got title '" + article.title()
                    + "' therapies " + therapies);
        }
        return java.util.Optional.empty();
    }

    /** Dead letters (their headers) and extractions, by the source they name. */
    record Outcomes(Map<String, List<Map<String, String>>> deadLetters, Map<String, ArticleExtraction> articles) {
        boolean covers(Set<String> sources) {
            return sources.stream().allMatch(s -> deadLetters.containsKey(s) || articles.containsKey(s));
        }
    }

    /** Reads the dead-letter and extraction topics from the start until every source has an outcome or time is up. */
    private static Outcomes awaitOutcomes(KafkaTestCluster kafka, Set<String> sources, Duration timeout) {
        Map<String, Object> props = new HashMap<>(kafka.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Outcomes out = new Outcomes(new HashMap<>(), new HashMap<>());
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.DEAD_LETTERS, Topics.EXTRACTIONS)) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!out.covers(sources) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.topic().equals(Topics.DEAD_LETTERS)) {
                        Map<String, String> headers = new HashMap<>();
                        for (String h : List.of(DeadLetterHeaders.REASON, DeadLetterHeaders.DETAIL, DeadLetterHeaders.STAGE)) {
                            headers.put(h, DeadLetterHeaders.read(r.headers(), h));
                        }
                        String source = DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.SOURCE);
                        out.deadLetters().computeIfAbsent(source, k -> new ArrayList<>()).add(headers);
                    } else if (r.value() != null) {
                        ArticleExtraction x = LitstreamSerdes.extraction().fromBytes(r.value());
                        out.articles().put(x.source(), x);
                    }
                }
            }
        }
        if (!out.covers(sources)) {
            fail("no outcome within " + timeout + " for "
                    + sources.stream().filter(s -> !out.deadLetters().containsKey(s) && !out.articles().containsKey(s)).toList()
                    + "; dead letters so far: " + out.deadLetters().keySet() + "; articles: " + out.articles().keySet());
        }
        return out;
    }
}
