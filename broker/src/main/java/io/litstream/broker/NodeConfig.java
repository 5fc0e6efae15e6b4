package io.litstream.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server.properties of one combined broker and controller in KRaft mode, and the replication
 * its cluster can give: a single node needs every internal topic satisfiable by one replica, or
 * transactions (exactly_once_v2) and consumer groups hang waiting for replicas; a cluster of three
 * replicates everything three times and acknowledges a write once two replicas have it.
 *
 * @param nodeId         this node's id, also its controller voter id
 * @param logDir         where the node keeps its data
 * @param brokerPort     the client listener
 * @param controllerPort the controller listener
 * @param quorumVoters   {@code controller.quorum.voters}: every node's {@code id@host:port}
 * @param replication    default and internal-topic replication factor
 * @param minInsync      default and internal-topic min.insync.replicas
 */
record NodeConfig(int nodeId, Path logDir, int brokerPort, int controllerPort, String quorumVoters,
                  int replication, int minInsync) {

    String bootstrapServer() {
        return "127.0.0.1:" + brokerPort;
    }

    /** Writes server.properties and log4j2.properties into {@code dir}; returns their paths. */
    ConfigFiles write(Path dir) throws IOException {
        Path props = dir.resolve("server.properties");
        Files.writeString(props, serverProperties());
        Path log4j = dir.resolve("log4j2.properties");
        Files.writeString(log4j, """
                status = warn
                appender.console.type = Console
                appender.console.name = STDOUT
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = [%d] %p %m (%c)%n
                rootLogger.level = info
                rootLogger.appenderRef.stdout.ref = STDOUT
                logger.kafka.name = kafka
                logger.kafka.level = info
                logger.state.name = state.change.logger
                logger.state.level = warn
                """);
        return new ConfigFiles(props, log4j);
    }

    record ConfigFiles(Path serverProperties, Path log4jConfig) {
    }

    String serverProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(nodeId));
        p.put("controller.quorum.voters", quorumVoters);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        String rf = Integer.toString(replication);
        String isr = Integer.toString(minInsync);
        p.put("offsets.topic.replication.factor", rf);
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", rf);
        p.put("transaction.state.log.min.isr", isr);
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", rf);
        p.put("share.coordinator.state.topic.min.isr", isr);
        p.put("min.insync.replicas", isr);
        p.put("default.replication.factor", rf);
        p.put("num.partitions", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created and verified by the pipeline, never by accident.
        p.put("auto.create.topics.enable", "false");
        p.put("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
        // Sized for one machine's pipeline, not a data centre's: the defaults (3 network, 8 I/O and
        // 10 background threads) are pools that wake on every request or tick and buy nothing on a
        // dev box's two cores. One network thread carries the few connections a pipeline opens.
        p.put("num.network.threads", "1");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        // The active controller appends a no-op record to the metadata log (a write and an fsync)
        // every 500 ms by default, so that brokers see it alive; with the controller in the same
        // process, every few seconds is enough, and idle costs the broker much less.
        p.put("metadata.max.idle.interval.ms", "5000");
        StringBuilder sb = new StringBuilder("# written by litstream's embedded broker\n");
        p.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }
}
