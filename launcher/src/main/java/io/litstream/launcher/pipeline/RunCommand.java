package io.litstream.launcher.pipeline;

import io.litstream.launcher.config.ConfigOptions;
import io.litstream.launcher.config.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code litstream run}: the pipeline on your own sources, until stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
            "Runs the pipeline (or some of its stages) on your sources until Ctrl-C / SIGTERM.",
            "Run `--stages extract` on more machines against the same cluster to scale extraction out:",
            "Kafka Streams shares the partitions among the instances."},
        footer = {"", "Examples:",
            "  litstream run --inbox ~/articles",
            "  litstream run --bootstrap-servers kafka:9092 --stages extract --set extract.threads=2"})
public final class RunCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    ConfigOptions config;

    @Option(names = "--stages", split = ",", paramLabel = "STAGE",
            description = "Stages to run in this process: ${COMPLETION-CANDIDATES}. Default: all.")
    List<Stage> stages = new ArrayList<>(List.of(Stage.values()));

    @Option(names = "--inbox", paramLabel = "DIR",
            description = "Folder to read and watch for articles (repeatable). Adds to ingest.dirs.")
    List<Path> inboxes = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Settings settings = config.load(Map.of());
        if (!inboxes.isEmpty()) {
            List<String> dirs = new ArrayList<>(settings.getList(Settings.INGEST_DIRS));
            inboxes.forEach(p -> dirs.add(p.toString()));
            Map<String, String> o = new HashMap<>();
            o.put(Settings.INGEST_DIRS, String.join(",", dirs));
            settings = settings.with(o);
        }
        log.info("settings:\n{}", settings.describe());
        ShutdownSignal signal = new ShutdownSignal();
        try (Cluster cluster = Cluster.connect(settings);
             Pipeline pipeline = Pipeline.start(settings, cluster.bootstrapServers(), EnumSet.copyOf(stages))) {
            log.info("litstream running stages {} on {}; Ctrl-C to stop",
                    stages.stream().map(Enum::name).collect(Collectors.joining(",")), cluster.bootstrapServers());
            signal.await();
            log.info("stopping ...");
        } finally {
            signal.done();
        }
        return 0;
    }
}
