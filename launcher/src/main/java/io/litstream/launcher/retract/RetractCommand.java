package io.litstream.launcher.retract;

import io.litstream.ingest.publish.KafkaArticleSink;
import io.litstream.ingest.publish.Retraction;
import io.litstream.ingest.state.KafkaStateStore;
import io.litstream.launcher.config.ConfigOptions;
import io.litstream.launcher.config.Settings;
import io.litstream.launcher.pipeline.Cluster;
import io.litstream.topics.PipelineTopics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code litstream retract ID}: an operator's retraction. It goes through the same publisher as
 * ingest's own retractions ({@link KafkaArticleSink#retract}), with ingest's state, so the
 * article is tombstoned once under every id it was published under, a second {@code retract}
 * sends nothing, and ingest never publishes it again.
 */
@Command(name = "retract", mixinStandardHelpOptions = true,
        description = {
            "Retracts one article: publishes a tombstone for its id on the raw-article topic, so that",
            "every therapy summary drops it once and ARTICLE_RETRACTED is emitted once. A pmid: or doi:",
            "id also retracts the id the article was published under. Ingest remembers the retraction",
            "and never publishes the article again (a running ingester learns it at its next start)."},
        footer = {"", "Examples:",
            "  litstream retract pmid:31000001 --reason 'retracted by the journal: fabricated data'",
            "  litstream retract doi:10.1000/xyz.123"})
public final class RetractCommand implements Callable<Integer> {
    private static final Duration RESTORE_TIMEOUT = Duration.ofSeconds(60);

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Parameters(paramLabel = "ID", description = "The article id: doi:…, pmid:…, pmc:…, sha256:… (as on the raw topic).")
    String id;

    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "retracted by an operator",
            description = "Why; carried by the tombstone's litstream.retraction.reason header and logged (default: ${DEFAULT-VALUE}).")
    String reason;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (id == null || id.isBlank() || id.indexOf(':') <= 0) {
            spec.commandLine().getErr().println("not an article id (doi:…, pmid:…, pmc:…, sha256:…): " + id);
            return 2;
        }
        Settings settings = config.load(Map.of());
        try (Cluster cluster = Cluster.connect(settings)) {
            Map<String, Object> client = settings.kafkaClientProperties(cluster.bootstrapServers());
            if (!rawTopicExists(client)) {
                spec.commandLine().getErr().println(PipelineTopics.RAW_ARTICLES.name()
                        + " does not exist: nothing was ever ingested on this cluster");
                return 3;
            }
            KafkaStateStore state = KafkaStateStore.open(client, KafkaStateStore.DEFAULT_TOPIC, settings.topicSettings(),
                    RESTORE_TIMEOUT);
            long sent;
            try (KafkaArticleSink sink = new KafkaArticleSink(client, state)) {
                sink.retract(Retraction.ofArticle(id, reason));
                sink.flush();
                sent = sink.metrics().retracted();
                if (sink.metrics().failed() > 0) {
                    spec.commandLine().getErr().println("the tombstone could not be published; nothing was retracted");
                    return 1;
                }
            }
            out.println(sent == 0 ? id + " was already retracted; nothing sent"
                    : "retracted " + id + " (" + sent + " tombstone(s) on " + PipelineTopics.RAW_ARTICLES.name() + ")");
            out.flush();
            return 0;
        }
    }

    private static boolean rawTopicExists(Map<String, Object> client) throws Exception {
        try (Admin admin = Admin.create(client)) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(PipelineTopics.RAW_ARTICLES.name());
        }
    }
}
