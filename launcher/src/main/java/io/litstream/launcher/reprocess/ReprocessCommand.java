package io.litstream.launcher.reprocess;

import io.litstream.launcher.config.ConfigOptions;
import io.litstream.launcher.config.Settings;
import io.litstream.launcher.pipeline.Cluster;
import io.litstream.launcher.reprocess.ExtractReplay.ExtractStillRunningException;
import io.litstream.topics.Topics;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code litstream reprocess}: re-extract every raw article with the current extractor. */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = {
            "Rewinds the extract stage to the first raw article, so that its next start re-extracts every",
            "article with the extractor it now has. Summaries converge to the new extractor's view with",
            "nothing counted twice (each new extraction replaces the old one); each summary's",
            "extractorVersions shows the progress. Stop the extract stage first (every `litstream run`",
            "that runs it); start it again afterwards."},
        footer = {"", "Examples:",
            "  litstream reprocess --dry-run",
            "  litstream reprocess && litstream run"})
public final class ReprocessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--dry-run", description = "Only say how many raw records would be re-read.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        Settings settings = config.load(Map.of());
        PrintWriter out = spec.commandLine().getOut();
        try (Cluster cluster = Cluster.connect(settings, dryRun ? "reprocess --dry-run" : "reprocess", dryRun);
             Admin admin = Admin.create(settings.kafkaClientProperties(cluster.bootstrapServers()))) {
            ExtractReplay replay = new ExtractReplay(admin);
            ExtractReplay.Plan plan = dryRun ? replay.plan() : replay.rewind();
            out.printf("%s %d raw record(s) on %d partition(s) of %s%n", dryRun ? "would re-read" : "will re-read",
                    plan.records(), plan.end().size(), Topics.RAW_ARTICLES);
            if (!dryRun) {
                out.println("the extract stage re-extracts them on its next start (litstream run);"
                        + " summaries converge as the new extractions replace the old ones");
            }
            out.flush();
            return 0;
        } catch (ExtractStillRunningException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 3;
        }
    }
}
