package io.litstream.launcher.watch;

import io.litstream.launcher.config.ConfigOptions;
import io.litstream.launcher.config.Settings;
import io.litstream.launcher.pipeline.Cluster;
import io.litstream.topics.Topics;
import io.litstream.topics.event.TherapyEventType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code litstream watch}: prints the therapies' change events as they happen. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {
            "Prints one line per change event (new therapy, evidence level raised, mechanism linked, first",
            "refuting / no-effect finding, score crossed the threshold, article retracted) as it happens.",
            "The simplest downstream service: see EventWatcher for the template.",
            "Without --bootstrap-servers it connects to the embedded broker of a `litstream run` or",
            "`litstream demo` using the same work folder."},
        footer = {"", "Examples:",
            "  litstream watch",
            "  litstream watch --from-beginning --type SCORE_CROSSED_THRESHOLD --type ARTICLE_RETRACTED",
            "  litstream watch --bootstrap-servers kafka:9092 --group my-service"})
public final class WatchCommand implements Callable<Integer> {
    /** The consumer group of {@code litstream watch} unless told otherwise. */
    public static final String DEFAULT_GROUP = "litstream-watch";

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--group", paramLabel = "ID", description = "Consumer group. Default: " + DEFAULT_GROUP)
    String group = DEFAULT_GROUP;

    @Option(names = "--from-beginning",
            description = "A new group starts at the oldest retained event instead of the next one.")
    boolean fromBeginning;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only these event types (repeatable): ${COMPLETION-CANDIDATES}.")
    List<TherapyEventType> types = new ArrayList<>();

    @Option(names = "--max-events", paramLabel = "N", description = "Exit after N events. Default: run until Ctrl-C.")
    long maxEvents;

    @Override
    public Integer call() throws Exception {
        Settings settings = config.load(Map.of());
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> bootstrap = settings.bootstrapServers().or(() -> Cluster.runningBroker(settings.workDir()));
        if (bootstrap.isEmpty()) {
            spec.commandLine().getErr().println("watch needs a running Kafka cluster: give --bootstrap-servers, or run"
                    + " `litstream run` with the same --work-dir (" + settings.workDir() + ") first.");
            return 2;
        }
        Cluster.requireReachable(settings, bootstrap.get());
        EventWatcher watcher = new EventWatcher(settings.kafkaClientProperties(bootstrap.get()), group, fromBeginning);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            watcher.stop();
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "litstream-watch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            out.println("watching " + Topics.THERAPY_EVENTS + " on " + bootstrap.get()
                    + " as group " + group + "; Ctrl-C to stop");
            out.flush();
            Set<String> names = types.stream().map(Enum::name).collect(Collectors.toSet());
            watcher.run(names, maxEvents, record -> {
                out.println(EventLine.of(record));
                out.flush();
            });
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running: it returns now that finished is released.
            }
        }
        return 0;
    }
}
