package io.litstream.launcher.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.litstream.ingest.SourcesConfig;
import io.litstream.ingest.publish.IngestMetrics;
import io.litstream.launcher.config.Settings;
import io.litstream.launcher.pipeline.Stage;
import io.litstream.ops.PipelineMetrics;
import io.litstream.topics.TopicSettings;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml, its three-broker override and the Prometheus and Grafana files cannot be run
 * here (no Docker engine), so they are read and held against the code: settings keys, ports,
 * service names, stages, images, replication and the metric names the pipeline exports.
 */
class ComposeFileTest {
    private static final Path ROOT = ComposeFiles.root();
    private static final Path BASE = ROOT.resolve("docker-compose.yml");
    private static final Path THREE = ROOT.resolve("docker-compose.three-brokers.yml");
    private static final String KAFKA_IMAGE = "apache/kafka:" + AppInfoParser.getVersion();

    private static JsonNode single() throws IOException {
        return ComposeFiles.compose(BASE);
    }

    private static JsonNode threeBrokers() throws IOException {
        return ComposeFiles.compose(BASE, THREE);
    }

    private static Map<String, JsonNode> services(JsonNode compose, java.util.function.Predicate<JsonNode> which) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        compose.path("services").fields().forEachRemaining(e -> {
            if (which.test(e.getValue())) {
                out.put(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    /** Services built from this repository: the litstream stages. */
    private static Map<String, JsonNode> stages(JsonNode compose) {
        return services(compose, s -> s.has("build"));
    }

    private static Map<String, JsonNode> brokers(JsonNode compose) {
        return services(compose, s -> s.path("image").asText().startsWith("apache/kafka"));
    }

    private static JsonNode service(JsonNode compose, String name) {
        JsonNode s = compose.path("services").path(name);
        assertFalse(s.isMissingNode(), "service " + name + " in the compose file");
        return s;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Every key the code reads: Settings' and the network sources' constants. */
    private static Set<String> knownSettingKeys() throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        for (Class<?> c : List.of(Settings.class, SourcesConfig.class)) {
            for (Field f : c.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    keys.add((String) f.get(null));
                }
            }
        }
        return keys;
    }

    private static Settings settingsOf(Map<String, String> environment) {
        return Settings.load(null, environment, Map.of());
    }

    @Test
    void everyLitstreamVariableOfAStageNamesASettingTheCodeReads() throws Exception {
        Set<String> known = knownSettingKeys();
        for (JsonNode compose : List.of(single(), threeBrokers())) {
            for (var stage : stages(compose).entrySet()) {
                Map<String, String> env = ComposeFiles.environment(stage.getValue());
                Settings settings = settingsOf(env);
                for (var e : env.entrySet()) {
                    if (!e.getKey().startsWith("LITSTREAM_")) {
                        continue;
                    }
                    String key = e.getKey().substring("LITSTREAM_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
                    assertTrue(known.contains(key) || key.startsWith(Settings.KAFKA_PREFIX),
                            stage.getKey() + ": " + e.getKey() + " is setting " + key + ", which no code reads; known: " + known);
                    assertEquals(e.getValue(), settings.get(key).orElse(null),
                            stage.getKey() + ": Settings reads " + e.getKey() + " as " + key);
                }
                assertTrue(settings.bootstrapServers().isPresent(), stage.getKey() + " has KAFKA_BOOTSTRAP_SERVERS");
            }
        }
    }

    @Test
    void stagesAndKafkaUiBootstrapFromListenersTheBrokersAdvertise() throws Exception {
        for (JsonNode compose : List.of(single(), threeBrokers())) {
            Map<String, JsonNode> brokers = brokers(compose);
            assertFalse(brokers.isEmpty(), "a Kafka broker service");
            Set<String> advertised = new HashSet<>();
            for (var b : brokers.entrySet()) {
                Map<String, String> env = ComposeFiles.environment(b.getValue());
                Map<String, String> listenerPorts = listeners(env.get("KAFKA_LISTENERS"));
                for (var l : listeners(env.get("KAFKA_ADVERTISED_LISTENERS")).entrySet()) {
                    String port = l.getValue().substring(l.getValue().lastIndexOf(':') + 1);
                    assertEquals(port, portOf(listenerPorts.get(l.getKey())),
                            b.getKey() + ": advertised listener " + l.getKey() + " is one it listens on, same port");
                    String host = l.getValue().substring(0, l.getValue().lastIndexOf(':'));
                    if (brokers.containsKey(host)) {
                        advertised.add(l.getValue());
                    }
                }
                assertTrue(listenerPorts.containsKey(env.get("KAFKA_INTER_BROKER_LISTENER_NAME")),
                        b.getKey() + ": the inter-broker listener exists");
            }
            Set<String> allBrokers = new TreeSet<>(advertised);
            for (var stage : stages(compose).entrySet()) {
                Set<String> bootstrap = Set.copyOf(settingsOf(ComposeFiles.environment(stage.getValue()))
                        .getList(Settings.BOOTSTRAP_SERVERS));
                assertEquals(allBrokers, new TreeSet<>(bootstrap),
                        stage.getKey() + " bootstraps from every broker's in-network listener");
            }
            Map<String, String> ui = ComposeFiles.environment(service(compose, "kafka-ui"));
            assertEquals(allBrokers, new TreeSet<>(Arrays.asList(ui.get("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS").split(","))),
                    "kafka-ui reads the same cluster as the stages");
            assertFalse(ui.getOrDefault("KAFKA_CLUSTERS_0_NAME", "").isBlank(), "kafka-ui names its cluster");
        }
    }

    /** {@code NAME://host:port,...} to name → host:port. */
    private static Map<String, String> listeners(String spec) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : spec.split(",")) {
            String[] parts = l.trim().split("://", 2);
            out.put(parts[0], parts[1]);
        }
        return out;
    }

    private static String portOf(String hostPort) {
        return hostPort == null ? null : hostPort.substring(hostPort.lastIndexOf(':') + 1);
    }

    @Test
    void eachStageServiceRunsTheStageItIsNamedForAndTogetherTheyRunThemAll() throws Exception {
        Set<Stage> covered = new HashSet<>();
        for (var stage : stages(single()).entrySet()) {
            List<String> command = texts(stage.getValue().path("command"));
            assertEquals("run", command.get(0), stage.getKey() + " runs `litstream run`");
            int at = command.indexOf("--stages");
            assertTrue(at > 0, stage.getKey() + " names its stages");
            List<Stage> named = Arrays.stream(command.get(at + 1).split(","))
                    .map(s -> Stage.valueOf(s.trim().toUpperCase(Locale.ROOT))).toList();
            assertEquals(List.of(Stage.valueOf(stage.getKey().toUpperCase(Locale.ROOT))), named,
                    "service " + stage.getKey() + " runs exactly its own stage (Prometheus finds it by that name)");
            covered.addAll(named);
            assertEquals(".", stage.getValue().path("build").asText(), stage.getKey() + " is built from this repository");
        }
        assertEquals(Set.of(Stage.values()), covered, "every stage has a service");
    }

    @Test
    void imagesAreTheOnesTheDeploymentPromises() throws Exception {
        for (JsonNode compose : List.of(single(), threeBrokers())) {
            brokers(compose).forEach((name, b) -> assertEquals(KAFKA_IMAGE, b.path("image").asText(),
                    name + " runs the official image of the Kafka version the code is built with"));
        }
        JsonNode compose = single();
        assertTrue(service(compose, "kafka-ui").path("image").asText().startsWith("ghcr.io/kafbat/kafka-ui:"));
        assertTrue(service(compose, "prometheus").path("image").asText().startsWith("prom/prometheus:"));
        assertTrue(service(compose, "grafana").path("image").asText().startsWith("grafana/grafana:"));
    }

    @Test
    void publishedPortsAndHostsMatchTheSettingsDefaults() throws Exception {
        JsonNode compose = single();
        String httpPort = Settings.DEFAULTS.get(Settings.HTTP_PORT);
        String opsPort = Settings.DEFAULTS.get(Settings.OPS_PORT);
        JsonNode aggregate = service(compose, "aggregate");
        Settings aggregateSettings = settingsOf(ComposeFiles.environment(aggregate));
        Settings defaults = Settings.load(null, Map.of(), Map.of());
        assertEquals(httpPort, aggregateSettings.require(Settings.HTTP_PORT), "aggregate serves on the default port");
        assertTrue(texts(aggregate.path("ports")).contains(httpPort + ":" + httpPort),
                "aggregate publishes the summaries API on " + httpPort + ": " + aggregate.path("ports"));
        assertEquals("0.0.0.0", aggregateSettings.require(Settings.HTTP_HOST),
                "a published port needs the summaries server on every interface, not " + defaults.require(Settings.HTTP_HOST));
        for (var stage : stages(compose).entrySet()) {
            Settings s = settingsOf(ComposeFiles.environment(stage.getValue()));
            assertEquals(opsPort, s.require(Settings.OPS_PORT), stage.getKey() + " ops port");
            assertEquals("0.0.0.0", s.require(Settings.OPS_HOST), stage.getKey() + ": Prometheus scrapes over the network");
            assertTrue(s.get(Settings.OPS_TOKEN).isPresent(),
                    stage.getKey() + ": an ops server on every interface asks for a token");
        }
    }

    @Test
    void prometheusScrapesEveryStageOnItsOpsPortWithTheStagesToken() throws Exception {
        JsonNode compose = single();
        JsonNode prometheusYml = ComposeFiles.yaml(ROOT.resolve("deploy/prometheus/prometheus.yml"));
        JsonNode prometheus = service(compose, "prometheus");
        String opsPort = Settings.DEFAULTS.get(Settings.OPS_PORT);

        assertTrue(texts(prometheus.path("volumes")).contains("./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro"));
        assertTrue(texts(prometheus.path("command")).contains("--config.file=/etc/prometheus/prometheus.yml"));
        // The entrypoint writes the token to a file; that file is what prometheus.yml must read.
        String script = String.join(" ", texts(prometheus.path("entrypoint")));
        Matcher written = Pattern.compile("> (\\S+)").matcher(script);
        assertTrue(written.find(), "the entrypoint writes the token to a file: " + script);
        String tokenFile = written.group(1);
        String prometheusToken = ComposeFiles.environment(prometheus).get("LITSTREAM_OPS_TOKEN");

        Set<String> scraped = new TreeSet<>();
        for (JsonNode job : prometheusYml.path("scrape_configs")) {
            if (!job.has("dns_sd_configs")) {
                continue;
            }
            assertEquals("/metrics", job.path("metrics_path").asText("/metrics"), job.path("job_name") + " path");
            assertEquals("Bearer", job.path("authorization").path("type").asText());
            assertEquals(tokenFile, job.path("authorization").path("credentials_file").asText(),
                    job.path("job_name") + " sends the token the entrypoint wrote");
            for (JsonNode sd : job.path("dns_sd_configs")) {
                assertEquals(opsPort, sd.path("port").asText(), job.path("job_name") + " scrapes ops.port");
                scraped.addAll(texts(sd.path("names")));
            }
        }
        assertEquals(stages(compose).keySet(), scraped, "Prometheus scrapes exactly the stage services");
        for (var stage : stages(compose).entrySet()) {
            assertEquals(prometheusToken, ComposeFiles.environment(stage.getValue()).get("LITSTREAM_OPS_TOKEN"),
                    stage.getKey() + " expects the token Prometheus sends");
        }
    }

    @Test
    void oneBrokerKeepsEveryReplicationAtOne() throws Exception {
        JsonNode compose = single();
        Map<String, JsonNode> brokers = brokers(compose);
        assertEquals(Set.of("kafka"), brokers.keySet());
        checkReplication(compose, 1, 1);
    }

    @Test
    void threeBrokersReplicateThreeTimesWithTwoInSync() throws Exception {
        JsonNode compose = threeBrokers();
        Map<String, JsonNode> brokers = brokers(compose);
        assertEquals(3, brokers.size(), "three brokers: " + brokers.keySet());
        checkReplication(compose, 3, 2);
    }

    /** Broker defaults, internal topics and litstream's own topics (read through TopicSettings) agree. */
    private static void checkReplication(JsonNode compose, int replication, int minInsync) {
        Map<String, JsonNode> brokers = brokers(compose);
        Set<String> clusterIds = new HashSet<>();
        Set<String> nodeIds = new HashSet<>();
        String voters = null;
        for (var b : brokers.entrySet()) {
            Map<String, String> env = ComposeFiles.environment(b.getValue());
            String name = b.getKey();
            assertEquals(String.valueOf(replication), env.get("KAFKA_DEFAULT_REPLICATION_FACTOR"), name);
            assertEquals(String.valueOf(minInsync), env.get("KAFKA_MIN_INSYNC_REPLICAS"), name);
            assertEquals(String.valueOf(replication), env.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"), name);
            assertEquals(String.valueOf(replication), env.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"), name);
            assertEquals(String.valueOf(minInsync), env.get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"), name);
            assertEquals("broker,controller", env.get("KAFKA_PROCESS_ROLES"), name);
            Uuid.fromString(env.get("CLUSTER_ID")); // throws unless a valid KRaft cluster id
            clusterIds.add(env.get("CLUSTER_ID"));
            nodeIds.add(env.get("KAFKA_NODE_ID"));
            if (voters == null) {
                voters = env.get("KAFKA_CONTROLLER_QUORUM_VOTERS");
            }
            assertEquals(voters, env.get("KAFKA_CONTROLLER_QUORUM_VOTERS"), name + " knows the same quorum");
            String controllerPort = portOf(listeners(env.get("KAFKA_LISTENERS")).get(env.get("KAFKA_CONTROLLER_LISTENER_NAMES")));
            assertTrue(voters.contains(env.get("KAFKA_NODE_ID") + "@" + name + ":" + controllerPort),
                    name + " is a voter at its controller listener: " + voters);
        }
        assertEquals(1, clusterIds.size(), "one cluster id");
        assertEquals(brokers.size(), nodeIds.size(), "distinct node ids");
        assertEquals(brokers.size(), voters.split(",").length, "every broker is a controller voter");
        for (var stage : stages(compose).entrySet()) {
            TopicSettings topics = settingsOf(ComposeFiles.environment(stage.getValue())).topicSettings();
            assertEquals(replication, topics.replicationFactor(), stage.getKey() + " topics' replication");
            assertEquals(minInsync, topics.minInsyncReplicas(), stage.getKey() + " topics' min ISR");
            assertTrue(topics.replicationFactor() <= brokers.size(), "no more replicas than brokers");
            Set<String> dependsOn = new HashSet<>();
            stage.getValue().path("depends_on").fieldNames().forEachRemaining(dependsOn::add);
            assertEquals(brokers.keySet(), dependsOn, stage.getKey() + " waits for every broker");
        }
    }

    @Test
    void grafanaReadsThePrometheusServiceAndItsDashboardIsProvisioned() throws Exception {
        JsonNode compose = single();
        JsonNode grafana = service(compose, "grafana");
        JsonNode datasources = ComposeFiles.yaml(ROOT.resolve("deploy/grafana/provisioning/datasources/prometheus.yml"));
        JsonNode providers = ComposeFiles.yaml(ROOT.resolve("deploy/grafana/provisioning/dashboards/litstream.yml"));
        JsonNode dashboard = ComposeFiles.json(ROOT.resolve("deploy/grafana/dashboards/litstream.json"));

        JsonNode ds = datasources.path("datasources").get(0);
        String prometheusPort = texts(service(compose, "prometheus").path("ports")).get(0).split(":")[1];
        assertEquals("http://prometheus:" + prometheusPort, ds.path("url").asText(), "the datasource is the prometheus service");
        Map<String, String> mounts = new LinkedHashMap<>();
        for (String v : texts(grafana.path("volumes"))) {
            String[] parts = v.split(":");
            mounts.put(parts[0], parts[1]);
        }
        assertEquals("/etc/grafana/provisioning", mounts.get("./deploy/grafana/provisioning"));
        assertEquals(mounts.get("./deploy/grafana/dashboards"), providers.path("providers").get(0).path("options").path("path").asText(),
                "the dashboard provider reads the mounted dashboards folder");

        List<String> queries = DashboardQueries.expressions(dashboard);
        assertFalse(queries.isEmpty());
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                assertEquals(ds.path("uid").asText(), target.path("datasource").path("uid").asText(),
                        panel.path("title") + " queries the provisioned datasource");
            }
        }
    }

    @Test
    void dashboardStateMappingIsKafkaStreamsStateOrdinals() throws Exception {
        JsonNode dashboard = ComposeFiles.json(ROOT.resolve("deploy/grafana/dashboards/litstream.json"));
        boolean found = false;
        for (JsonNode panel : dashboard.path("panels")) {
            if (!DashboardQueries.expressions(panel).stream().anyMatch(q -> q.contains("kafka_stream_client_state"))) {
                continue;
            }
            found = true;
            JsonNode options = panel.path("fieldConfig").path("defaults").path("mappings").get(0).path("options");
            for (KafkaStreams.State state : KafkaStreams.State.values()) {
                assertEquals(state.name(), options.path(String.valueOf(state.ordinal())).path("text").asText(),
                        "state " + state.ordinal());
            }
        }
        assertTrue(found, "a panel shows the Kafka Streams state");
    }

    /**
     * The pipeline's own and the JVM's metric names are checked against a live scrape of
     * {@link PipelineMetrics}; Kafka Streams' names only exist once streams run and are checked
     * against a running pipeline by {@code DashboardQueriesOnlyExportedMetricsIT}.
     */
    @Test
    void dashboardQueriesOnlyTheLitstreamAndJvmMetricsThePipelineExports() throws Exception {
        JsonNode dashboard = ComposeFiles.json(ROOT.resolve("deploy/grafana/dashboards/litstream.json"));
        Set<String> used = DashboardQueries.metricNames(dashboard);
        Set<String> exported;
        try (PipelineMetrics metrics = new PipelineMetrics()) {
            IngestMetrics none = new IngestMetrics(0, 0, Map.of(), 0);
            metrics.bindIngest(() -> none);
            metrics.bindSources(Map::of);
            exported = DashboardQueries.exportedNames(metrics.scrape());
        }
        Set<String> checkedHere = used.stream().filter(n -> n.startsWith("litstream_") || n.startsWith("jvm_"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(checkedHere.isEmpty(), "the dashboard shows the pipeline's counters");
        checkedHere.removeAll(exported);
        assertTrue(checkedHere.isEmpty(), "queried but never exported: " + checkedHere);
        for (String name : used) {
            if (!name.startsWith("litstream_") && !name.startsWith("jvm_") && !name.startsWith("kafka_")) {
                fail("metric " + name + " comes from no binder PipelineMetrics has");
            }
        }
    }
}
