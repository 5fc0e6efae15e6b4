package io.litstream.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NodeConfigTest {
    private static final String VOTERS = "1@127.0.0.1:9001,2@127.0.0.1:9002,3@127.0.0.1:9003";

    @Test
    void aSingleNodeNeedsOneReplicaOfEveryInternalTopic() throws IOException {
        NodeConfig single = new NodeConfig(1, Path.of("/tmp/x"), 9092, 9093, "1@127.0.0.1:9093", 1, 1);
        assertEquals(new TreeMap<>(Map.of(
                "node.id", "1",
                "controller.quorum.voters", "1@127.0.0.1:9093",
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "default.replication.factor", "1",
                "min.insync.replicas", "1")), replicationOf(single));
    }

    @Test
    void aNodeOfThreeVotesWithAllAndReplicatesEverythingThreeTimesWithTwoInSync() throws IOException {
        NodeConfig second = new NodeConfig(2, Path.of("/tmp/x"), 9102, 9002, VOTERS, 3, 2);
        assertEquals(new TreeMap<>(Map.of(
                "node.id", "2",
                "controller.quorum.voters", VOTERS,
                "offsets.topic.replication.factor", "3",
                "transaction.state.log.replication.factor", "3",
                "transaction.state.log.min.isr", "2",
                "default.replication.factor", "3",
                "min.insync.replicas", "2")), replicationOf(second));
        assertEquals("PLAINTEXT://127.0.0.1:9102,CONTROLLER://127.0.0.1:9002",
                parse(second).getProperty("listeners"));
    }

    @Test
    void aDevNodeKeepsSmallThreadPoolsAndWritesAControllerNoOpEveryFewSecondsNotTwiceASecond() throws IOException {
        Properties p = parse(new NodeConfig(1, Path.of("/tmp/x"), 9092, 9093, "1@127.0.0.1:9093", 1, 1));

        assertEquals("1", p.getProperty("num.network.threads"));
        assertEquals("2", p.getProperty("num.io.threads"));
        assertEquals("2", p.getProperty("background.threads"));
        assertEquals("5000", p.getProperty("metadata.max.idle.interval.ms"));
    }

    /** The settings that decide who votes and how many replicas every topic gets. */
    private static Map<String, String> replicationOf(NodeConfig config) throws IOException {
        Properties p = parse(config);
        Map<String, String> out = new TreeMap<>();
        for (String key : new String[] {"node.id", "controller.quorum.voters", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor", "transaction.state.log.min.isr",
                "default.replication.factor", "min.insync.replicas"}) {
            out.put(key, p.getProperty(key));
        }
        return out;
    }

    private static Properties parse(NodeConfig config) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(config.serverProperties()));
        return p;
    }
}
