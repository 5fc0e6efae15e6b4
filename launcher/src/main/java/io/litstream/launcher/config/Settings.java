package io.litstream.launcher.config;

import io.litstream.ingest.SourcesConfig;
import io.litstream.ingest.pdf.PdfLimits;
import io.litstream.topics.TopicSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pipeline's configuration, merged from (lowest first) built-in defaults, a properties file,
 * the environment and command-line flags. Keys are dotted ({@code topics.partitions}); the
 * environment spells them {@code LITSTREAM_TOPICS_PARTITIONS}. Any key under {@code kafka.} is
 * passed to every Kafka client with the prefix removed, which is how security settings
 * ({@code kafka.security.protocol}, {@code kafka.sasl.jaas.config} ...) reach the stages.
 */
public final class Settings {
    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    /** Longest a command waits for the cluster's first answer before it gives up with the address and what it tried. */
    public static final String BOOTSTRAP_TIMEOUT = "bootstrap.timeout";
    public static final String WORK_DIR = "work.dir";
    public static final String TOPICS_PARTITIONS = "topics.partitions";
    public static final String TOPICS_REPLICATION = "topics.replication.factor";
    public static final String TOPICS_MIN_ISR = "topics.min.insync.replicas";
    public static final String INGEST_DIRS = "ingest.dirs";
    public static final String INGEST_MAX_BYTES = "ingest.max.bytes";
    /** A PDF with more pages is dead-lettered TOO_LARGE before any page is read. */
    public static final String INGEST_PDF_MAX_PAGES = "ingest.pdf.max.pages";
    /** Longest reading one PDF may take; past it the PDF is dead-lettered UNREADABLE (TIMEOUT). */
    public static final String INGEST_PDF_TIMEOUT = "ingest.pdf.timeout";
    /** Most bytes one PDF's compressed streams may inflate to, and PDFBox's memory for them. */
    public static final String INGEST_PDF_MAX_MEMORY = "ingest.pdf.max.memory";
    /** {@code ignore} or {@code retract}: what a file deleted from a watched folder does to its article. */
    public static final String INGEST_DIRS_ON_DELETE = "ingest.dirs.on.delete";
    /** How long a file's size and modification time must stay unchanged before it is read. */
    public static final String INGEST_DIRS_SETTLE = "ingest.dirs.settle";
    public static final String EXTRACT_THREADS = "extract.threads";
    public static final String AGGREGATE_THREADS = "aggregate.threads";
    public static final String HTTP_HOST = "http.host";
    public static final String HTTP_PORT = "http.port";
    public static final String SCORE_THRESHOLD = "aggregate.score.threshold";
    /** Distinct live articles an unmapped intervention arm needs to become a therapy of its own. */
    public static final String ARMS_PROMOTE_AFTER = "aggregate.arms.promote.after";
    public static final String OPS_HOST = "ops.host";
    public static final String OPS_PORT = "ops.port";
    /** How much of the Kafka clients' metrics {@code /metrics} carries: {@code summary} or {@code full}. */
    public static final String OPS_METRICS_KAFKA = "ops.metrics.kafka";
    /** Secret the dashboard, its API and /metrics require; mandatory when ops.host is not loopback. */
    public static final String OPS_TOKEN = "ops.token";
    public static final String KAFKA_PREFIX = "kafka.";
    /** Longest a stop (SIGTERM, Ctrl-C) may take before the process halts anyway. */
    public static final String SHUTDOWN_TIMEOUT = "shutdown.timeout";

    // ssl.keystore.key is a PEM private key given inline (Kafka's alternative to a keystore file).
    private static final Pattern SECRET =
            Pattern.compile("(?i).*(password|secret|jaas|token|key\\.pem|api\\.key|credentials|keystore\\.key).*");

    /** Defaults: a laptop with an embedded broker. */
    public static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry(OPS_HOST, "127.0.0.1"),
            Map.entry(OPS_PORT, "7071"),
            Map.entry(OPS_METRICS_KAFKA, "summary"),
            Map.entry(WORK_DIR, ".litstream"),
            Map.entry(BOOTSTRAP_TIMEOUT, "15s"),
            Map.entry(TOPICS_PARTITIONS, "4"),
            Map.entry(TOPICS_REPLICATION, "1"),
            Map.entry(TOPICS_MIN_ISR, "1"),
            Map.entry(INGEST_MAX_BYTES, Long.toString(TopicSettings.DEFAULT_MAX_INPUT_BYTES)),
            Map.entry(INGEST_PDF_MAX_PAGES, Integer.toString(PdfLimits.DEFAULT_MAX_PAGES)),
            Map.entry(INGEST_PDF_TIMEOUT, PdfLimits.DEFAULT_TIMEOUT.toSeconds() + "s"),
            Map.entry(INGEST_PDF_MAX_MEMORY, Long.toString(PdfLimits.DEFAULT_MAX_MEMORY_BYTES)),
            Map.entry(INGEST_DIRS_ON_DELETE, "ignore"),
            Map.entry(INGEST_DIRS_SETTLE, "2s"),
            Map.entry(EXTRACT_THREADS, "1"),
            Map.entry(AGGREGATE_THREADS, "1"),
            Map.entry(SCORE_THRESHOLD, "0.5"),
            Map.entry(ARMS_PROMOTE_AFTER, "3"),
            Map.entry(HTTP_HOST, "127.0.0.1"),
            Map.entry(HTTP_PORT, "7070"),
            Map.entry(SHUTDOWN_TIMEOUT, "60s"));

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * Merges the layers. {@code file} may be null; {@code environment} is usually
     * {@code System.getenv()}; {@code overrides} are the command line's.
     */
    public static Settings load(Path file, Map<String, String> environment, Map<String, String> overrides) {
        return load(DEFAULTS, file, environment, overrides);
    }

    /** As {@link #load(Path, Map, Map)} with a command's own defaults in place of {@link #DEFAULTS}. */
    public static Settings load(Map<String, String> defaults, Path file, Map<String, String> environment,
            Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(defaults);
        if (file != null) {
            merged.putAll(readFile(file));
        }
        merged.putAll(fromEnvironment(environment));
        overrides.forEach((k, v) -> {
            if (v != null) {
                merged.put(k, v);
            }
        });
        return new Settings(merged);
    }

    /** The same settings with some keys replaced (null values are ignored). */
    public Settings with(Map<String, String> overrides) {
        return load(values, null, Map.of(), overrides);
    }

    static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> out = new TreeMap<>();
        // The name every Kafka tool and image understands.
        Optional.ofNullable(env.get("KAFKA_BOOTSTRAP_SERVERS")).ifPresent(v -> out.put(BOOTSTRAP_SERVERS, v));
        env.forEach((k, v) -> {
            if (k.startsWith("LITSTREAM_") && !k.equals("LITSTREAM_CONFIG")) {
                out.put(k.substring("LITSTREAM_".length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.'), v);
            }
        });
        return out;
    }

    private static Map<String, String> readFile(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config file " + file, e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).trim()));
        return out;
    }

    /** Every value, for {@link SettingsCheck}. */
    Map<String, String> values() {
        return values;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(s -> !s.isBlank());
    }

    public String require(String key) {
        return get(key).orElseThrow(() -> new IllegalArgumentException("missing setting " + key));
    }

    public int getInt(String key) {
        String v = require(key);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a whole number, was '" + v + "'");
        }
    }

    /** A duration: {@code 30s}, {@code 500ms}, {@code 15m}, {@code 1h}, {@code 7d} or ISO-8601 ({@code PT30S}). */
    public Duration getDuration(String key) {
        require(key);
        return SourcesConfig.duration(this::get, key, null);
    }

    public long getLong(String key) {
        String v = require(key);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a whole number, was '" + v + "'");
        }
    }

    /** What reading one PDF may cost, from the {@code ingest.pdf.*} settings. */
    public PdfLimits pdfLimits() {
        return new PdfLimits(getInt(INGEST_PDF_MAX_PAGES), getDuration(INGEST_PDF_TIMEOUT), getLong(INGEST_PDF_MAX_MEMORY));
    }

    /** One of {@code type}'s constants, by name in any case; {@code fallback} when the key is not set. */
    public <E extends Enum<E>> E getEnum(String key, Class<E> type, E fallback) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return fallback;
        }
        String v = value.get();
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting " + key + " must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList()
                    + ", was '" + v + "'");
        }
    }

    public List<String> getList(String key) {
        return get(key).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    public Path workDir() {
        return Path.of(require(WORK_DIR));
    }

    public Optional<String> bootstrapServers() {
        return get(BOOTSTRAP_SERVERS);
    }

    public TopicSettings topicSettings() {
        return new TopicSettings(getInt(TOPICS_PARTITIONS), (short) getInt(TOPICS_REPLICATION), getInt(TOPICS_MIN_ISR))
                .withMaxInputBytes(getLong(INGEST_MAX_BYTES));
    }

    /** Client properties every stage shares: the bootstrap address plus every {@code kafka.*} key. */
    public Map<String, Object> kafkaClientProperties(String bootstrapServers) {
        Map<String, Object> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(KAFKA_PREFIX)) {
                out.put(k.substring(KAFKA_PREFIX.length()), v);
            }
        });
        out.put(BOOTSTRAP_SERVERS, bootstrapServers);
        return out;
    }

    /** All settings, one per line, secrets masked: safe to log. */
    public String describe() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + (SECRET.matcher(e.getKey()).matches() ? "****" : e.getValue()))
                .collect(Collectors.joining("\n  ", "  ", ""));
    }
}
