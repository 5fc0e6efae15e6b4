package io.litstream.launcher.broker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NodeConfigTest {

    @Test
    void aSingleNodeNeedsOneReplicaOfEveryInternalTopic() {
        String props = new NodeConfig(1, Path.of("/tmp/x"), 9092, 9093, "1@127.0.0.1:9093", 1, 1).serverProperties();
        assertTrue(props.contains("\nnode.id=1\n"), props);
        assertTrue(props.contains("\ncontroller.quorum.voters=1@127.0.0.1:9093\n"), props);
        assertTrue(props.contains("\noffsets.topic.replication.factor=1\n"), props);
        assertTrue(props.contains("\ntransaction.state.log.replication.factor=1\n"), props);
        assertTrue(props.contains("\ntransaction.state.log.min.isr=1\n"), props);
        assertTrue(props.contains("\nmin.insync.replicas=1\n"), props);
    }

    @Test
    void aNodeOfThreeVotesWithAllAndReplicatesEverythingThreeTimesWithTwoInSync() {
        String voters = "1@127.0.0.1:9001,2@127.0.0.1:9002,3@127.0.0.1:9003";
        String props = new NodeConfig(2, Path.of("/tmp/x"), 9102, 9002, voters, 3, 2).serverProperties();
        assertTrue(props.contains("\nnode.id=2\n"), props);
        assertTrue(props.contains("\ncontroller.quorum.voters=" + voters + "\n"), props);
        assertTrue(props.contains("\nlisteners=PLAINTEXT://127.0.0.1:9102,CONTROLLER://127.0.0.1:9002\n"), props);
        assertTrue(props.contains("\noffsets.topic.replication.factor=3\n"), props);
        assertTrue(props.contains("\ntransaction.state.log.replication.factor=3\n"), props);
        assertTrue(props.contains("\ntransaction.state.log.min.isr=2\n"), props);
        assertTrue(props.contains("\ndefault.replication.factor=3\n"), props);
        assertTrue(props.contains("\nmin.insync.replicas=2\n"), props);
    }
}
