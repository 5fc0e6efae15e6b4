package io.litstream.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real replicated Kafka cluster on this machine: {@code n} combined broker and controller nodes
 * in KRaft mode, each a child JVM with its own ports and data folder ({@code dataDir/node-<id>}),
 * all voters of one controller quorum and formatted with one cluster id. With three nodes every
 * topic, the consumer offsets and the transaction state included, is replicated three times and
 * takes a write once two replicas have it (min.insync.replicas=2), so the cluster keeps accepting
 * writes, transactions too, with any one node down.
 *
 * <p>Each node can be stopped, killed and started again on the same ports and data: this is what
 * fault tests use to take a broker away under a running pipeline.
 */
public final class EmbeddedKafkaCluster implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaCluster.class);
    /** Three nodes share the machine with the pipeline: each gets a small heap. */
    private static final String NODE_MAX_HEAP = "384m";

    private final Path dataDir;
    private final List<BrokerNode> nodes;

    private EmbeddedKafkaCluster(Path dataDir, List<BrokerNode> nodes) {
        this.dataDir = dataDir;
        this.nodes = List.copyOf(nodes);
    }

    /**
     * Starts {@code size} nodes with their data under {@code dataDir} and waits until every one
     * answers and knows all the others. Replication is {@code min(size, 3)}, min.insync.replicas
     * one less (at least 1).
     */
    public static EmbeddedKafkaCluster start(Path dataDir, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a cluster needs at least one node, was " + size);
        }
        EmbeddedKafkaCluster cluster;
        try {
            Files.createDirectories(dataDir);
            cluster = new EmbeddedKafkaCluster(dataDir, loadOrCreate(dataDir, size));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a Kafka cluster in " + dataDir, e);
        }
        try {
            // All at once: no node can finish starting before a majority of the voters is up.
            cluster.nodes.forEach(BrokerNode::launch);
            cluster.nodes.forEach(n -> n.awaitReady(size));
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        log.info("embedded Kafka cluster of {} nodes ready at {} (data in {})", size, cluster.bootstrapServers(), dataDir);
        return cluster;
    }

    /** Every node's client listener, comma-separated: clients find the cluster through any live one. */
    public String bootstrapServers() {
        return nodes.stream().map(BrokerNode::bootstrapServer).collect(Collectors.joining(","));
    }

    public Path dataDir() {
        return dataDir;
    }

    public List<BrokerNode> nodes() {
        return nodes;
    }

    /** The node with id {@code id} (1 to the cluster's size). */
    public BrokerNode node(int id) {
        return nodes.stream().filter(n -> n.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + id + " in a cluster of " + nodes.size()));
    }

    /** Starts a stopped or killed node again on its ports and data, and waits until it has rejoined. */
    public void restart(int id) {
        BrokerNode node = node(id);
        node.launch();
        node.awaitReady(nodes.size());
    }

    /**
     * Waits until every partition of every topic has all its replicas in sync again, as after a
     * node came back and caught up; returns false if that did not happen within {@code timeout}.
     */
    public boolean awaitFullyReplicated(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> props = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(props)) {
            while (System.nanoTime() < deadline) {
                try {
                    if (underReplicated(admin).isEmpty()) {
                        return true;
                    }
                } catch (Exception notYet) {
                    // A node is still rejoining: ask again.
                }
                Thread.sleep(250);
            }
        }
        return false;
    }

    private static Set<String> underReplicated(Admin admin) throws Exception {
        Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get(5, TimeUnit.SECONDS);
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS);
        Set<String> lagging = new HashSet<>();
        for (TopicDescription d : described.values()) {
            for (TopicPartitionInfo p : d.partitions()) {
                if (p.isr().size() < p.replicas().size()) {
                    lagging.add(d.name() + "-" + p.partition());
                }
            }
        }
        return lagging;
    }

    /** Stops every node at once (one by one, the last would wait for a quorum that is gone). */
    @Override
    public void close() {
        List<Thread> stopping = new ArrayList<>();
        for (BrokerNode node : nodes) {
            Thread t = new Thread(node::stop, "stop-kafka-node-" + node.id());
            t.start();
            stopping.add(t);
        }
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                nodes.forEach(BrokerNode::kill);
                return;
            }
        }
        log.info("embedded Kafka cluster stopped");
    }

    /** The nodes described by the identity file in {@code dataDir}, with the ports and cluster id they keep. */
    private static List<BrokerNode> loadOrCreate(Path dataDir, int size) throws IOException {
        Path identity = dataDir.resolve("litstream-cluster.properties");
        Properties saved = IdentityFile.load(identity);
        String clusterId = saved.getProperty("cluster.id", Uuid.randomUuid().toString());
        saved.setProperty("cluster.id", clusterId);
        Set<Integer> taken = new HashSet<>();
        int[] brokerPorts = new int[size + 1];
        int[] controllerPorts = new int[size + 1];
        for (int id = 1; id <= size; id++) {
            brokerPorts[id] = distinctPort(saved.getProperty("node." + id + ".broker.port"), taken);
            controllerPorts[id] = distinctPort(saved.getProperty("node." + id + ".controller.port"), taken);
            saved.setProperty("node." + id + ".broker.port", Integer.toString(brokerPorts[id]));
            saved.setProperty("node." + id + ".controller.port", Integer.toString(controllerPorts[id]));
        }
        IdentityFile.store(identity, saved, "embedded cluster identity: reused on restart");
        List<String> voters = new ArrayList<>();
        for (int id = 1; id <= size; id++) {
            voters.add(id + "@127.0.0.1:" + controllerPorts[id]);
        }
        int replication = Math.min(size, 3);
        int minInsync = Math.max(1, replication - 1);
        List<BrokerNode> nodes = new ArrayList<>();
        for (int id = 1; id <= size; id++) {
            Path dir = Files.createDirectories(dataDir.resolve("node-" + id));
            NodeConfig config = new NodeConfig(id, dir.resolve("data"), brokerPorts[id], controllerPorts[id],
                    String.join(",", voters), replication, minInsync);
            nodes.add(new BrokerNode(config, dir, clusterId, NODE_MAX_HEAP));
        }
        return nodes;
    }

    private static int distinctPort(String saved, Set<Integer> taken) {
        int port = LocalPorts.reusable(saved);
        while (!taken.add(port)) {
            port = LocalPorts.free();
        }
        return port;
    }
}
