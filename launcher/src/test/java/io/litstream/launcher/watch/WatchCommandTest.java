package io.litstream.launcher.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.launcher.pipeline.Cluster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WatchCommandTest {
    @TempDir
    Path work;

    @Test
    void findsTheEmbeddedBrokerAPipelineStartedInTheSameWorkFolder() throws Exception {
        assertEquals(Optional.empty(), Cluster.runningBroker(work));

        Files.createDirectories(work.resolve("kafka"));
        Files.writeString(work.resolve("kafka/litstream-broker.properties"), "broker.port=39092\ncluster.id=x\n");

        assertEquals(Optional.of("127.0.0.1:39092"), Cluster.runningBroker(work));
    }

    @Test
    void withoutAnyClusterToWatchItSaysWhatToDoAndFails() {
        Assumptions.assumeTrue(System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null
                && System.getenv("LITSTREAM_BOOTSTRAP_SERVERS") == null && System.getenv("LITSTREAM_CONFIG") == null,
                "the environment names a cluster, so watch would connect to it");
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new WatchCommand()).setErr(new PrintWriter(err, true));

        int exit = cmd.execute("--work-dir", work.toString());

        assertEquals(2, exit);
        assertTrue(err.toString().contains("--bootstrap-servers"), err.toString());
    }
}
