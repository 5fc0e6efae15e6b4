package io.litstream.launcher.testkit;

import io.litstream.broker.BrokerProcessMain;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node KRaft broker whose only client listener is SASL_SSL on loopback: SCRAM-SHA-512
 * logins over TLS, and a client certificate signed by the test CA required (mutual TLS). Runs
 * {@link BrokerProcessMain} in a child JVM like the embedded broker, with its own server.properties.
 *
 * <p>The SCRAM users (the broker's own and the pipeline's) are written into the metadata when the
 * storage is formatted, the way a KRaft cluster bootstraps SCRAM before anyone can log in. No
 * authorizer: every authenticated user may do everything, which is what the pipeline's test needs;
 * authentication is what is under test.
 */
public final class SecuredKafkaBroker implements AutoCloseable {
    public static final String MECHANISM = "SCRAM-SHA-512";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path dir;
    private final Process process;
    private final String bootstrapServers;
    private final TestCertificates certificates;

    /** A SCRAM login. */
    public record ScramUser(String name, String password) {
        /** A user with a random password. */
        public static ScramUser random(String name) {
            return new ScramUser(name, "scram-" + UUID.randomUUID().toString().replace("-", ""));
        }

        String jaasConfig() {
            return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + name
                    + "\" password=\"" + password + "\";";
        }

        String formatArgument() {
            return MECHANISM + "=[name=" + name + ",password=" + password + "]";
        }
    }

    private SecuredKafkaBroker(Path dir, Process process, String bootstrapServers, TestCertificates certificates) {
        this.dir = dir;
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.certificates = certificates;
    }

    /**
     * Formats a broker in {@code dir} knowing {@code users} (besides its own), starts it and waits
     * until {@code users.get(0)} can log in.
     */
    public static SecuredKafkaBroker start(Path dir, TestCertificates certificates, List<ScramUser> users) {
        try {
            Files.createDirectories(dir);
            int port = freePort();
            int controllerPort = freePort();
            while (controllerPort == port) {
                controllerPort = freePort();
            }
            ScramUser brokerUser = ScramUser.random("broker");
            Path properties = dir.resolve("server.properties");
            Files.writeString(properties, serverProperties(dir.resolve("data"), port, controllerPort, certificates,
                    brokerUser));
            String clusterId = Uuid.randomUuid().toString();
            List<ScramUser> all = new ArrayList<>(users);
            all.add(brokerUser);
            format(properties, clusterId, all);
            Process process = launch(dir, properties, clusterId);
            SecuredKafkaBroker broker = new SecuredKafkaBroker(dir, process, "127.0.0.1:" + port, certificates);
            broker.awaitReady(users.get(0));
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the secured broker in " + dir, e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The broker's own log (its output), for a failing test to point at. */
    public Path logFile() {
        return dir.resolve("broker.log");
    }

    /**
     * What a litstream operator puts in the config for {@code user}: SASL_SSL with SCRAM-SHA-512,
     * the CA to trust and the client certificate to present, as {@code kafka.*} settings.
     */
    public Map<String, String> pipelineSettings(ScramUser user) {
        Map<String, String> settings = new TreeMap<>();
        clientProperties(user).forEach((k, v) -> settings.put("kafka." + k, v.toString()));
        return settings;
    }

    /** The same as plain Kafka client properties (no bootstrap address). */
    public Map<String, Object> clientProperties(ScramUser user) {
        Map<String, Object> props = new TreeMap<>(clientPropertiesWithoutCertificate(user));
        props.put("ssl.keystore.type", "PKCS12");
        props.put("ssl.keystore.location", certificates.client().location().toString());
        props.put("ssl.keystore.password", certificates.client().password());
        return props;
    }

    /** SCRAM over TLS, trusting the CA, but presenting no client certificate. */
    public Map<String, Object> clientPropertiesWithoutCertificate(ScramUser user) {
        Map<String, Object> props = new TreeMap<>();
        props.put("security.protocol", "SASL_SSL");
        props.put("sasl.mechanism", MECHANISM);
        props.put("sasl.jaas.config", user.jaasConfig());
        props.put("ssl.truststore.type", "PKCS12");
        props.put("ssl.truststore.location", certificates.truststore().location().toString());
        props.put("ssl.truststore.password", certificates.truststore().password());
        return props;
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            // Closing stdin tells BrokerProcessMain to exit through Kafka's shutdown hook.
            process.getOutputStream().close();
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String serverProperties(Path logDir, int port, int controllerPort, TestCertificates certs,
            ScramUser brokerUser) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        // The controller listener stays plaintext on loopback; clients only ever see SASL_SSL.
        p.put("listeners", "SASL_SSL://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "SASL_SSL://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "SASL_SSL");
        p.put("sasl.enabled.mechanisms", MECHANISM);
        p.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        p.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", brokerUser.jaasConfig());
        p.put("ssl.keystore.type", "PKCS12");
        p.put("ssl.keystore.location", certs.broker().location().toString());
        p.put("ssl.keystore.password", certs.broker().password());
        p.put("ssl.truststore.type", "PKCS12");
        p.put("ssl.truststore.location", certs.truststore().location().toString());
        p.put("ssl.truststore.password", certs.truststore().password());
        // Mutual TLS on a SASL_SSL listener: Kafka ignores a bare ssl.client.auth there (KIP-684);
        // only the listener-prefixed setting asks SASL_SSL clients for a certificate.
        p.put("listener.name.sasl_ssl.ssl.client.auth", "required");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        // A single node: internal topics (offsets, transactions for exactly_once_v2) need one replica.
        for (String topic : List.of("offsets.topic", "transaction.state.log", "share.coordinator.state.topic")) {
            p.put(topic + ".replication.factor", "1");
        }
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        StringBuilder sb = new StringBuilder();
        p.forEach((k, v) -> sb.append(k).append('=').append(v.replace("\\", "\\\\")).append('\n'));
        return sb.toString();
    }

    /** Formats the storage with the SCRAM users, as {@code kafka-storage.sh format --add-scram} does. */
    private static void format(Path properties, String clusterId, List<ScramUser> users) {
        List<String> args = new ArrayList<>(List.of("format", "-t", clusterId, "-c", properties.toString()));
        for (ScramUser user : users) {
            args.add("--add-scram");
            args.add(user.formatArgument());
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int rc;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            rc = kafka.tools.StorageTool.execute(args.toArray(String[]::new), out);
        } catch (Exception e) {
            throw new IllegalStateException("formatting the secured broker's storage failed: " + output, e);
        }
        if (rc != 0) {
            throw new IllegalStateException("formatting the secured broker's storage failed (" + rc + "): " + output);
        }
    }

    private static Process launch(Path dir, Path properties, String clusterId) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx768m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"),
                BrokerProcessMain.class.getName(), properties.toString(), clusterId);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("broker.log").toFile()))
                .start();
    }

    private void awaitReady(ScramUser user) {
        Map<String, Object> props = new TreeMap<>(clientProperties(user));
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Exception last = null;
        try (Admin admin = Admin.create(props)) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the secured broker exited with code " + process.exitValue()
                            + "; see " + logFile());
                }
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    last = notYet;
                }
                sleep();
            }
        }
        close();
        throw new IllegalStateException("the secured broker did not accept " + user.name() + " within "
                + START_TIMEOUT.toSeconds() + "s; see " + logFile(), last);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the secured broker", e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
