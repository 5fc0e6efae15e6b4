package io.litstream.launcher.bench;

import io.litstream.launcher.config.Settings;
import io.litstream.launcher.pipeline.Pipeline;
import io.litstream.launcher.pipeline.Stage;
import io.litstream.topics.Topics;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.serde.LitstreamSerdes;
import io.litstream.topics.summary.ClaimProvenance;
import io.litstream.topics.summary.TherapySummary;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    record Result(Throughput throughput, Percentiles toExtraction, Percentiles toSummary, long peakHeapBytes,
                  Map<String, Double> cpuSecondsByStage) {
    }

    private PipelineRun() {
    }

    /**
     * @param ratePerSecond 0 publishes as fast as the producer goes; otherwise articles are paced
     */
    static Result run(Settings settings, String bootstrap, List<RawArticle> articles, double ratePerSecond)
            throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> extractedAt = new HashMap<>();
        Map<String, Long> summarisedAt = new HashMap<>();
        HeapWatch heap = new HeapWatch();
        Map<String, Long> cpuBefore = cpuByStage();
        Map<String, Long> cpuAfter;
        long tokens = 0;
        long start;
        long lastExtraction = 0;
        try (Pipeline pipeline = Pipeline.start(settings, bootstrap, EnumSet.of(Stage.EXTRACT, Stage.AGGREGATE));
             KafkaConsumer<byte[], byte[]> consumer = outputConsumer(settings.kafkaClientProperties(bootstrap));
             KafkaProducer<String, RawArticle> producer = producer(settings.kafkaClientProperties(bootstrap))) {
            awaitRunning(pipeline);
            heap.start();
            start = System.nanoTime();
            Thread publisher = new Thread(() -> publish(producer, articles, ratePerSecond, sentAt), "bench-publisher");
            publisher.start();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            long lastSummary = System.nanoTime();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    if (r.topic().equals(Topics.EXTRACTIONS)) {
                        String id = new String(r.key(), StandardCharsets.UTF_8);
                        if (extractedAt.putIfAbsent(id, now) == null) {
                            lastExtraction = now;
                            tokens += LitstreamSerdes.extraction().fromBytes(r.value()).tokenCount();
                        }
                    } else if (r.value() != null) {
                        lastSummary = now;
                        TherapySummary s = LitstreamSerdes.summary().fromBytes(r.value());
                        for (ClaimProvenance c : s.latestClaims()) {
                            summarisedAt.putIfAbsent(c.articleId(), now);
                        }
                    }
                }
                boolean allExtracted = extractedAt.size() >= articles.size();
                if (allExtracted && System.nanoTime() - lastSummary > SETTLE.toNanos()) {
                    break;
                }
            }
            publisher.join();
            // Before the stages close: a finished thread's CPU time can no longer be read.
            cpuAfter = cpuByStage();
        } finally {
            heap.stop();
        }
        Map<String, Double> cpu = new HashMap<>();
        cpuAfter.forEach((stage, nanos) -> cpu.put(stage, (nanos - cpuBefore.getOrDefault(stage, 0L)) / 1e9));
        return new Result(new Throughput(extractedAt.size(), tokens, lastExtraction - start),
                Percentiles.of(latencies(sentAt, extractedAt)), Percentiles.of(latencies(sentAt, summarisedAt)),
                heap.peak(), cpu);
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

    private static void awaitRunning(Pipeline pipeline) throws InterruptedException {
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

    /** CPU time of the live threads of each stage, by the thread names Kafka Streams gives them. */
    private static Map<String, Long> cpuByStage() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> out = new HashMap<>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            String name = info.getThreadName();
            String stage = name.startsWith("litstream-extract") ? "extract"
                    : name.startsWith("litstream-aggregate") ? "aggregate"
                    : name.startsWith("bench-publisher") || name.startsWith("kafka-producer") ? "publish" : "other";
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu > 0) {
                out.merge(stage, cpu, Long::sum);
            }
        }
        return out;
    }

    /** Samples heap use every 50 ms; reports the peak. */
    private static final class HeapWatch {
        private volatile boolean running;
        private volatile long peak;
        private Thread thread;

        void start() {
            running = true;
            thread = new Thread(() -> {
                var memory = ManagementFactory.getMemoryMXBean();
                while (running) {
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
        }

        long peak() {
            return peak;
        }
    }
}
