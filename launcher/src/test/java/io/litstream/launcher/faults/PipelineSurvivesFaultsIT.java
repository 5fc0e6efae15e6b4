package io.litstream.launcher.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.broker.EmbeddedKafkaCluster;
import io.litstream.launcher.faults.FaultTestCorpus.Input;
import io.litstream.launcher.faults.FromScratchSummaries.Counts;
import io.litstream.launcher.testkit.CommittedTopic;
import io.litstream.launcher.testkit.ReplicatedKafkaCluster;
import io.litstream.launcher.testkit.StageProcess;
import io.litstream.topics.Topics;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.serde.LitstreamSerdes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a three-broker KRaft cluster (replication 3, min.insync.replicas 2), each
 * stage in a JVM of its own, survives the faults of production while articles flow into the
 * inbox: a broker stopped and brought back, the extract stage killed with SIGKILL and restarted,
 * ingest restarted mid-feed, another broker killed with SIGKILL and restarted. Afterwards every
 * article was published and extracted exactly once, the summaries equal a from-scratch
 * computation over the articles, and the dead letters hold exactly the broken inputs.
 */
@ExtendWith(ReplicatedKafkaCluster.class)
class PipelineSurvivesFaultsIT {
    /** At most; the sample corpus's paragraphs give 32. */
    private static final int MAX_ARTICLES = 48;
    private static final int WAVES = 7;
    private static final Duration CONVERGENCE = Duration.ofMinutes(5);
    private static final Duration READ = Duration.ofSeconds(30);

    @Test
    void everyArticleIsSummarisedExactlyOnceThroughBrokerStopAndKillExtractKillAndIngestRestart(
            EmbeddedKafkaCluster kafka, @TempDir Path work) throws Exception {
        long testStart = System.nanoTime();
        FaultTestCorpus corpus = FaultTestCorpus.build(work.resolve("corpus"), MAX_ARTICLES, 11);
        List<List<Input>> waves = waves(corpus);
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path staging = work.resolve("staging");
        Map<String, String> settings = Map.of(
                "topics.replication.factor", "3",
                "topics.min.insync.replicas", "2",
                "ingest.dirs", inbox.toString());
        String servers = kafka.bootstrapServers();
        Map<String, Object> client = Map.of("bootstrap.servers", servers);
        Figures figures = new Figures();

        try (StageProcess aggregate = StageProcess.of("aggregate", servers, work.resolve("aggregate"), settings).start();
             StageProcess extract = StageProcess.of("extract", servers, work.resolve("extract"), settings);
             StageProcess ingest = StageProcess.of("ingest", servers, work.resolve("ingest"), settings)) {
            // The topics exist once aggregate is up, so the other two can start side by side.
            extract.launch();
            ingest.launch();
            extract.awaitReady();
            ingest.awaitReady();
            figures.add("stages started (s)", seconds(testStart));

            // Fault 1: a broker stops (controlled shutdown) with articles in flight, and comes back.
            feed(waves.get(0), staging, inbox);
            awaitCount("an extraction of the first wave", () -> extracted(client).size(), 1);
            long t = System.nanoTime();
            kafka.node(2).stop();
            figures.add("broker 2 stop (s)", seconds(t));
            feed(waves.get(1), staging, inbox);
            int firstTwoWaves = waves.get(0).size() - 1 + waves.get(1).size();
            awaitCount("the second wave published with a broker down", () -> published(client).size(), firstTwoWaves);
            t = System.nanoTime();
            kafka.restart(2);
            figures.add("broker 2 restart until it rejoined (s)", seconds(t));
            assertTrue(kafka.awaitFullyReplicated(Duration.ofMinutes(2)), "every partition in sync again");
            figures.add("broker 2 restart until every partition was fully replicated (s)", seconds(t));

            // Fault 2: extract killed with SIGKILL in the middle of a wave: its open transaction is
            // aborted by the broker and redone by the restarted process.
            int before = extracted(client).size();
            feed(waves.get(2), staging, inbox);
            awaitCount("an extraction of the third wave", () -> extracted(client).size(), before + 1);
            extract.kill();
            figures.add("articles extracted when extract was killed", extracted(client).size());
            feed(waves.get(3), staging, inbox);
            t = System.nanoTime();
            extract.start();
            figures.add("extract restart until ready (s)", seconds(t));

            // Fault 3: ingest stopped (SIGTERM) and started again while files keep arriving.
            AtomicReference<Exception> feederFailure = new AtomicReference<>();
            Thread feeder = new Thread(() -> {
                try {
                    for (Input in : waves.get(4)) {
                        FaultTestCorpus.drop(in, staging, inbox);
                        Thread.sleep(300);
                    }
                } catch (Exception e) {
                    feederFailure.set(e);
                }
            }, "feeder");
            feeder.start();
            Thread.sleep(900);
            t = System.nanoTime();
            ingest.stop();
            ingest.start();
            figures.add("ingest stop and start until ready (s)", seconds(t));
            feeder.join();
            assertEquals(null, feederFailure.get(), "the feeder wrote every file");

            // Fault 4: a broker killed with SIGKILL (no controlled shutdown) while a wave goes through:
            // the controller fences it and moves its leaderships; clients retry against the new leaders.
            feed(waves.get(5), staging, inbox);
            kafka.node(3).kill();
            feed(waves.get(6), staging, inbox);
            long lastFeed = System.nanoTime();
            t = System.nanoTime();
            kafka.restart(3);
            figures.add("broker 3 restart after kill -9 until it rejoined (s)", seconds(t));
            assertTrue(kafka.awaitFullyReplicated(Duration.ofMinutes(2)), "every partition in sync again");
            figures.add("broker 3 restart until every partition was fully replicated (s)", seconds(t));

            // The reference: the same files read, extracted and summarised without Kafka.
            List<Path> goodFiles = corpus.good().stream().map(in -> inbox.resolve(in.name())).toList();
            Map<String, RawArticle> articles = FromScratchSummaries.articles(goodFiles);
            Map<String, Counts> expected = FromScratchSummaries.summaries(articles.values());

            Map<String, Counts> actual = awaitSummaries(client, expected);
            figures.add("summaries right, after the last file (s; broker 3's restart included)", seconds(lastFeed));

            List<ConsumerRecord<String, byte[]>> raw = CommittedTopic.read(client, Topics.RAW_ARTICLES, READ);
            List<ConsumerRecord<String, byte[]>> extractions = CommittedTopic.read(client, Topics.EXTRACTIONS, READ);
            List<ConsumerRecord<String, byte[]>> deadLetters = CommittedTopic.read(client, Topics.DEAD_LETTERS, READ);
            figures.add("articles", articles.size());
            figures.add("therapies summarised", expected.size());
            figures.add("raw article records", raw.size());
            figures.add("extraction records", extractions.size());
            figures.add("dead letters", deadLetters.size());
            figures.add("whole test (s)", seconds(testStart));

            Map<String, Long> deadLettersPerInput = deadLetters.stream().collect(Collectors.groupingBy(
                    r -> Path.of(String.valueOf(r.key())).getFileName().toString(), TreeMap::new, Collectors.counting()));
            figures.add("dead letters per broken input", deadLettersPerInput);
            System.out.println(figures);

            assertEquals(expected, actual, "summaries equal the from-scratch computation");
            assertEquals(once(articles.keySet()), occurrences(raw), "every article published exactly once");
            assertEquals(once(articles.keySet()), occurrences(extractions), "every article extracted exactly once");
            Set<String> badNames = corpus.bad().stream().map(Input::name).collect(Collectors.toSet());
            assertEquals(badNames, deadLettersPerInput.keySet(), "dead letters hold the broken inputs and nothing else");
            // The first broken file is in the inbox when ingest restarts and is read again; ingest
            // remembers what it dead-lettered, so each broken file has exactly one dead letter.
            assertEquals(once(badNames), deadLettersPerInput, "each broken input dead-lettered exactly once");
        }
    }

    /** The articles in {@code WAVES} waves; the first broken file goes in the first wave, the other in the last. */
    private static List<List<Input>> waves(FaultTestCorpus corpus) {
        List<List<Input>> waves = new ArrayList<>();
        int size = corpus.good().size() / WAVES;
        for (int w = 0; w < WAVES; w++) {
            int end = w == WAVES - 1 ? corpus.good().size() : (w + 1) * size;
            waves.add(new ArrayList<>(corpus.good().subList(w * size, end)));
        }
        waves.get(0).add(corpus.bad().get(0));
        waves.get(WAVES - 1).add(corpus.bad().get(1));
        return waves;
    }

    private static void feed(List<Input> wave, Path staging, Path inbox) throws Exception {
        for (Input in : wave) {
            FaultTestCorpus.drop(in, staging, inbox);
        }
    }

    private static Set<String> extracted(Map<String, Object> client) {
        return CommittedTopic.latest(CommittedTopic.read(client, Topics.EXTRACTIONS, READ), Function.identity()).keySet();
    }

    private static Set<String> published(Map<String, Object> client) {
        return CommittedTopic.latest(CommittedTopic.read(client, Topics.RAW_ARTICLES, READ), Function.identity()).keySet();
    }

    private static void awaitCount(String what, Supplier<Integer> count, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + CONVERGENCE.toNanos();
        while (count.get() < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + CONVERGENCE);
            }
            Thread.sleep(250);
        }
    }

    /** The summaries topic's table once it equals {@code expected}, or as it is at the deadline. */
    private static Map<String, Counts> awaitSummaries(Map<String, Object> client, Map<String, Counts> expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + CONVERGENCE.toNanos();
        while (true) {
            Map<String, Counts> actual = new TreeMap<>();
            CommittedTopic.latest(CommittedTopic.read(client, Topics.SUMMARIES, READ), LitstreamSerdes.summary()::fromBytes)
                    .forEach((k, s) -> actual.put(k, Counts.of(s)));
            if (actual.equals(expected) || System.nanoTime() > deadline) {
                return actual;
            }
            Thread.sleep(1000);
        }
    }

    private static Map<String, Long> once(Set<String> ids) {
        return ids.stream().collect(Collectors.toMap(id -> id, id -> 1L, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Long> occurrences(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, TreeMap::new, Collectors.counting()));
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
    }

    /** The measured figures, printed with the test's output for the README. */
    private static final class Figures {
        private final Map<String, Object> values = new java.util.LinkedHashMap<>();

        void add(String name, Object value) {
            values.put(name, value);
        }

        @Override
        public String toString() {
            return values.entrySet().stream().map(e -> "  " + e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("\n", "fault test figures:\n", ""));
        }
    }
}
