package io.litstream.broker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of the embedded broker's child JVM: formats the KRaft storage on first use, then
 * runs {@code kafka.Kafka} on the given server.properties.
 *
 * <p>The parent holds this process's stdin open for as long as it wants the broker; when the
 * parent exits, even by {@code kill -9}, the pipe closes and this JVM exits through Kafka's own
 * shutdown hook. Without that, a crashed launcher would leave an orphan broker holding its port.
 */
public final class BrokerProcessMain {
    private BrokerProcessMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BrokerProcessMain SERVER_PROPERTIES CLUSTER_ID");
            System.exit(2);
        }
        Path properties = Path.of(args[0]);
        String clusterId = args[1];
        watchParent(System.in);
        Path meta = Path.of(Files.readAllLines(properties).stream()
                .filter(l -> l.startsWith("log.dirs="))
                .findFirst().orElseThrow().substring("log.dirs=".length()), "meta.properties");
        if (!Files.exists(meta)) {
            int rc = kafka.tools.StorageTool.execute(
                    new String[] {"format", "-t", clusterId, "-c", properties.toString()}, System.out);
            if (rc != 0) {
                System.err.println("formatting the broker storage failed with exit code " + rc);
                System.exit(rc);
            }
        }
        kafka.Kafka.main(new String[] {properties.toString()});
    }

    private static void watchParent(InputStream stdin) {
        Thread watcher = new Thread(() -> {
            try {
                while (stdin.read() >= 0) {
                    // The parent never writes; any byte is ignored. EOF means the parent is gone.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as EOF.
            }
            System.exit(0);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
