package io.litstream.launcher.bench;

import io.litstream.bench.BenchCommand;
import io.litstream.bench.BenchTarget;
import io.litstream.launcher.config.ConfigOptions;
import io.litstream.launcher.config.Settings;
import io.litstream.launcher.demo.SampleCorpus;
import io.litstream.launcher.pipeline.Cluster;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code litstream bench} as the command line registers it: the bench module's command, given the
 * shared cluster options and the pipeline exactly as {@code litstream run} wires it.
 */
@Command(name = "bench")
public final class PipelineBenchCommand extends BenchCommand {

    @Mixin
    ConfigOptions config;

    @Override
    protected BenchTarget target(Path work) {
        Settings settings = config.load(Map.of(Settings.WORK_DIR, work.toString(), Settings.HTTP_PORT, "0",
                Settings.OPS_PORT, "0"));
        return new PipelineTarget(settings, Cluster.connect(settings));
    }

    @Override
    protected Path sampleCorpus(Path dir) {
        SampleCorpus.copyTo(dir);
        return dir;
    }
}
