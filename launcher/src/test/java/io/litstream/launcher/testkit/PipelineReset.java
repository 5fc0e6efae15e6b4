package io.litstream.launcher.testkit;

import io.litstream.topics.TopicProvisioner;
import io.litstream.topics.TopicSettings;
import io.litstream.topics.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/**
 * Returns a shared cluster to a blank state for the pipeline: deletes its topics (data and the
 * Streams applications' internal ones) and its consumer groups, and waits until they are gone.
 * The pipeline re-creates what it needs at start.
 */
public final class PipelineReset {
    private static final List<String> GROUPS = List.of("litstream-extract", "litstream-aggregate", "litstream-watch");

    private PipelineReset() {
    }

    /** {@link #reset}, then the pipeline's topics created with {@code partitions} each, for tests that start a stage themselves. */
    public static void resetWithTopics(KafkaTestCluster cluster, int partitions) throws Exception {
        reset(cluster);
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            new TopicProvisioner(admin).ensure(Topics.all(TopicSettings.singleBroker(partitions)));
        }
    }

    public static void reset(KafkaTestCluster cluster) throws Exception {
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            Set<String> ours = pipelineTopics(admin);
            if (!ours.isEmpty()) {
                admin.deleteTopics(ours).all().get(30, TimeUnit.SECONDS);
            }
            Set<String> groups = admin.listGroups().all().get(30, TimeUnit.SECONDS).stream()
                    .map(g -> g.groupId()).filter(GROUPS::contains).collect(java.util.stream.Collectors.toSet());
            if (!groups.isEmpty()) {
                admin.deleteConsumerGroups(groups).all().get(30, TimeUnit.SECONDS);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!pipelineTopics(admin).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topics not deleted in time: " + pipelineTopics(admin));
                }
                Thread.sleep(100);
            }
        }
    }

    private static Set<String> pipelineTopics(Admin admin) throws Exception {
        return admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                .filter(t -> t.startsWith("litstream"))
                .collect(java.util.stream.Collectors.toSet());
    }
}
