package io.litstream.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the pipeline's topics when they are missing and verifies the ones that exist, so that
 * a stage never starts against a topic that silently breaks its guarantees (a summaries topic
 * that is not compacted, too few partitions for the configured parallelism). An existing topic
 * whose {@code max.message.bytes} is below what the input limit needs is raised when the cluster
 * allows it, and refused with a clear message when not, rather than discovered at the first large
 * article.
 */
public final class TopicProvisioner {
    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final long TIMEOUT_SECONDS = 60;

    private final Admin admin;

    public TopicProvisioner(Admin admin) {
        this.admin = admin;
    }

    /** Creates what is missing, then checks everything; throws {@link TopicMismatchException} on a mismatch. */
    public void ensure(Collection<TopicSpec> specs) {
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = specs.stream()
                    .filter(s -> !existing.contains(s.name()))
                    .map(s -> new NewTopic(s.name(), s.partitions(), s.replicationFactor()).configs(s.configs()))
                    .toList();
            if (!missing.isEmpty()) {
                create(missing);
            }
            verifyWhenVisible(specs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while provisioning topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot reach the Kafka cluster to provision topics: " + e.getMessage(), e);
        }
    }

    private void create(List<NewTopic> missing) throws InterruptedException, ExecutionException, TimeoutException {
        for (var entry : admin.createTopics(missing).values().entrySet()) {
            try {
                entry.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                log.info("created topic {}", entry.getKey());
            } catch (ExecutionException e) {
                // Another instance created it between our list and create: fine, verify() checks it.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    /** Newly created topics reach every broker's metadata a moment later: retry while they are unknown. */
    private void verifyWhenVisible(Collection<TopicSpec> specs)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            try {
                verify(specs);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private void verify(Collection<TopicSpec> specs) throws InterruptedException, ExecutionException, TimeoutException {
        List<String> names = specs.stream().map(TopicSpec::name).toList();
        Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<ConfigResource> resources = names.stream()
                .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<String> problems = new ArrayList<>();
        for (TopicSpec spec : specs) {
            int partitions = described.get(spec.name()).partitions().size();
            if (partitions < spec.partitions()) {
                problems.add(spec.name() + " has " + partitions + " partitions, " + spec.partitions() + " configured");
            }
            Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()));
            String policy = config.get("cleanup.policy").value();
            if (spec.compacted() && !policy.contains("compact")) {
                problems.add(spec.name() + " must be compacted but has cleanup.policy=" + policy);
            }
            raiseRecordLimit(spec, config).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new TopicMismatchException(problems);
        }
        log.info("topics ready: {}", specs.stream().map(s -> s.name() + "(" + s.partitions() + ")")
                .collect(Collectors.joining(", ")));
    }

    /** Raises a topic's record limit to the spec's; the problem, when it is lower and cannot be raised. */
    private Optional<String> raiseRecordLimit(TopicSpec spec, Config config) throws InterruptedException {
        if (spec.maxMessageBytes().isEmpty() || config.get(TopicSpec.MAX_MESSAGE_BYTES) == null) {
            return Optional.empty();
        }
        int needed = spec.maxMessageBytes().getAsInt();
        int actual = Integer.parseInt(config.get(TopicSpec.MAX_MESSAGE_BYTES).value());
        if (actual >= needed) {
            return Optional.empty();
        }
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, spec.name());
        try {
            admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicSpec.MAX_MESSAGE_BYTES, Integer.toString(needed)), AlterConfigOp.OpType.SET))))
                    .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            log.info("raised {} of {} from {} to {} (the input limit, ingest.max.bytes, needs it)",
                    TopicSpec.MAX_MESSAGE_BYTES, spec.name(), actual, needed);
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.of(spec.name() + " takes records up to " + actual + " bytes (" + TopicSpec.MAX_MESSAGE_BYTES
                    + "), the input limit needs " + needed + " and raising it failed (" + e.getMessage()
                    + "): raise it on the cluster, or lower ingest.max.bytes to " + TopicSettings.maxInputBytesFor(actual) + " or less");
        }
    }

    /** The existing topics disagree with what the pipeline needs. */
    public static final class TopicMismatchException extends IllegalStateException {
        public TopicMismatchException(List<String> problems) {
            super("topics do not match the pipeline's needs: " + String.join("; ", problems));
        }
    }
}
