package io.litstream.launcher.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options every command that talks to Kafka shares; merged into {@link Settings}. */
public final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with settings (see README). Default: $LITSTREAM_CONFIG if set.")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "An existing Kafka cluster. Default: $KAFKA_BOOTSTRAP_SERVERS, else an embedded broker.")
    String bootstrapServers;

    // descriptionKey: a command with its own default (demo) says so in its resource bundle.
    @Option(names = "--work-dir", paramLabel = "DIR", descriptionKey = "work-dir",
            description = "Where the embedded broker, state stores and inbox live. Default: .litstream")
    Path workDir;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Any setting, e.g. --set topics.partitions=8 --set kafka.security.protocol=SASL_SSL")
    Map<String, String> settings = new LinkedHashMap<>();

    /** Loads the layered settings: defaults, file, environment, then these flags. */
    public Settings load(Map<String, String> commandDefaults) {
        Map<String, String> env = System.getenv();
        Path file = configFile != null ? configFile
                : env.containsKey("LITSTREAM_CONFIG") ? Path.of(env.get("LITSTREAM_CONFIG")) : null;
        Map<String, String> flags = new HashMap<>(settings);
        if (bootstrapServers != null) {
            flags.put(Settings.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        if (workDir != null) {
            flags.put(Settings.WORK_DIR, workDir.toString());
        }
        Map<String, String> base = new HashMap<>(Settings.DEFAULTS);
        base.putAll(commandDefaults);
        Settings loaded = Settings.load(base, file, env, flags);
        check(loaded, Settings.fromEnvironment(env).keySet());
        return loaded;
    }

    /**
     * Refuses settings that cannot work, all problems at once, before anything starts.
     *
     * @throws InvalidSettingsException listing every problem
     */
    static void check(Settings settings, Set<String> fromEnvironment) {
        List<String> problems = new ArrayList<>(SettingsCheck.problems(settings.values(), fromEnvironment));
        if (problems.isEmpty()) {
            try {
                settings.topicSettings(); // min.insync.replicas against the replication factor
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
    }
}
