package io.litstream.bench;

import io.litstream.aggregate.stream.AggregateStreamsConfig;
import io.litstream.extract.stream.ExtractStreamsConfig;
import io.litstream.topics.Topics;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.header.LitstreamHeaders;
import io.litstream.topics.serde.JsonSerde;
import io.litstream.topics.serde.LitstreamSerdes;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The pipeline under test: extract and aggregate running as they do in production
 * (exactly_once_v2, the same topology code), fed by an idempotent producer publishing the articles
 * to the raw topic exactly as ingest does after reading a file. Measures throughput to the
 * extractions topic, publish→extraction and publish→summary latency per article, peak heap and
 * the CPU time of each stage's threads.
 */
final class PipelineRun {
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final Duration TIMEOUT = Duration.ofHours(2);
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(2);
    private static final JsonSerde<ArticleExtraction> EXTRACTIONS = LitstreamSerdes.extraction();

    private PipelineRun() {
    }

    /**
     * @param ratePerSecond 0 publishes as fast as the producer goes; otherwise articles are paced
     * @param instances     extract instances sharing the work: the first runs in the pipeline with
     *                      aggregate, the others as further Kafka Streams clients of the same
     *                      application id in this process (own state folder), as a second machine would
     * @param threads       stream threads per extract instance
     */
    static PipelineResult run(BenchTarget target, List<RawArticle> articles, double ratePerSecond,
            int instances, int threads) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> extractedAt = new HashMap<>();
        Map<String, Long> summarisedAt = new HashMap<>();
        long tokens = 0;
        long start;
        long lastExtraction = 0;
        List<BenchTarget.RunningStages> pipelines = new ArrayList<>();
        Map<String, Object> client = target.clientProperties();
        try (HeapWatch heap = HeapWatch.start()) {
            try {
                pipelines.add(target.start(StagesUnderTest.extractAndAggregate(threads)));
                for (int i = 2; i <= instances; i++) {
                    pipelines.add(target.start(StagesUnderTest.extraExtractInstance(i, threads)));
                }
                for (BenchTarget.RunningStages p : pipelines) {
                    awaitRunning(p);
                }
                try (Admin admin = Admin.create(client);
                     KafkaConsumer<byte[], byte[]> consumer = outputConsumer(client);
                     KafkaProducer<String, RawArticle> producer = producer(client)) {
                    LagWatch lag = LagWatch.start(new ConsumerLag(admin, Map.of(
                            ExtractStreamsConfig.APPLICATION_ID, List.of(Topics.RAW_ARTICLES),
                            AggregateStreamsConfig.APPLICATION_ID, List.of(Topics.EXTRACTIONS))));
                    start = System.nanoTime();
                    Map<Long, Long> cpuBefore = ThreadCpu.snapshot();
                    long processBefore = ProcessCpu.nanos();
                    long brokerBefore = target.brokerCpuTime().map(Duration::toNanos).orElse(0L);
                    AtomicLong publisherCpu = new AtomicLong();
                    Thread publisher = new Thread(() -> {
                        publish(producer, articles, ratePerSecond, sentAt);
                        // Read by the thread itself before it ends: a finished thread's CPU time is gone.
                        publisherCpu.set(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                    }, "bench-publisher");
                    publisher.start();
                    long deadline = System.nanoTime() + TIMEOUT.toNanos();
                    long lastSummary = System.nanoTime();
                    long drainDeadline = Long.MAX_VALUE;
                    while (System.nanoTime() < deadline) {
                        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                            long now = System.nanoTime();
                            if (r.topic().equals(Topics.EXTRACTIONS)) {
                                String id = new String(r.key(), StandardCharsets.UTF_8);
                                if (extractedAt.putIfAbsent(id, now) == null) {
                                    lastExtraction = now;
                                    tokens += EXTRACTIONS.fromBytes(r.value()).tokenCount();
                                }
                            } else {
                                lastSummary = now;
                                // The headers name the articles behind the summary: no need to read it.
                                for (String id : LitstreamHeaders.all(r.headers(), LitstreamHeaders.SUMMARISED_ARTICLE)) {
                                    summarisedAt.putIfAbsent(id, now);
                                }
                            }
                        }
                        if (!publisher.isAlive()) {
                            lag.intakeStopped();
                        }
                        boolean settled = extractedAt.size() >= articles.size()
                                && System.nanoTime() - lastSummary > SETTLE.toNanos();
                        if (settled && drainDeadline == Long.MAX_VALUE) {
                            drainDeadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
                        }
                        if (settled && (lag.drained() || System.nanoTime() > drainDeadline)) {
                            break;
                        }
                    }
                    publisher.join();
                    lag.close();
                    // Before the stages close: a finished thread's CPU time can no longer be read.
                    long process = ProcessCpu.nanos() - processBefore;
                    long broker = target.brokerCpuTime().map(Duration::toNanos).orElse(0L) - brokerBefore;
                    long cpuUsed = process + broker;
                    Map<String, Double> cpu = ThreadCpu.secondsSince(cpuBefore, PipelineRun::stage);
                    cpu.merge("publish", publisherCpu.get() / 1e9, Double::sum);
                    // What no Java thread of this JVM accounts for: GC, JIT and RocksDB's native threads.
                    cpu.put("vm+native", Math.max(0, process / 1e9 - cpu.values().stream().mapToDouble(d -> d).sum()));
                    if (broker > 0) {
                        cpu.put("broker", broker / 1e9);
                    }
                    return new PipelineResult(new Throughput(extractedAt.size(), tokens, lastExtraction - start, cpuUsed),
                            Percentiles.of(latencies(sentAt, extractedAt)), Percentiles.of(latencies(sentAt, summarisedAt)),
                            heap.peakBytes(), cpu, lag.peak(), lag.drainSeconds(), lag.last(),
                            target.brokerCpuTime().isPresent());
                }
            } finally {
                for (int i = pipelines.size() - 1; i >= 0; i--) {
                    pipelines.get(i).close();
                }
            }
        }
    }

    private static void publish(KafkaProducer<String, RawArticle> producer, List<RawArticle> articles,
            double ratePerSecond, Map<String, Long> sentAt) {
        long start = System.nanoTime();
        for (int i = 0; i < articles.size(); i++) {
            if (ratePerSecond > 0) {
                long due = start + (long) (i * 1e9 / ratePerSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            RawArticle a = articles.get(i);
            sentAt.put(a.id(), System.nanoTime());
            producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES, a.id(), a));
        }
        producer.flush();
    }

    private static long[] latencies(Map<String, Long> sentAt, Map<String, Long> arrivedAt) {
        List<Long> out = new ArrayList<>();
        arrivedAt.forEach((id, t) -> {
            Long sent = sentAt.get(id);
            if (sent != null) {
                out.add(t - sent);
            }
        });
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    static void awaitRunning(BenchTarget.RunningStages pipeline) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!pipeline.running() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static KafkaProducer<String, RawArticle> producer(Map<String, Object> client) {
        Map<String, Object> p = new HashMap<>(client);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(p, new StringSerializer(), LitstreamSerdes.rawArticle().serializer());
    }

    private static KafkaConsumer<byte[], byte[]> outputConsumer(Map<String, Object> client) {
        Map<String, Object> p = new HashMap<>(client);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.EXTRACTIONS, Topics.SUMMARIES)) {
            consumer.partitionsFor(topic).forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    /** The stage a thread works for: stream threads and their clients' threads carry the application id. */
    static String stage(String threadName) {
        if (threadName.contains(ExtractStreamsConfig.APPLICATION_ID)) {
            return "extract";
        }
        if (threadName.contains(AggregateStreamsConfig.APPLICATION_ID)) {
            return "aggregate";
        }
        return threadName.startsWith("bench-publisher") || threadName.startsWith("kafka-producer") ? "publish"
                : "other";
    }
}
