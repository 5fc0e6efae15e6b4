package io.litstream.launcher.bench;

import io.litstream.bench.BenchTarget;
import io.litstream.bench.StagesUnderTest;
import io.litstream.launcher.config.Settings;
import io.litstream.launcher.pipeline.Cluster;
import io.litstream.launcher.pipeline.Pipeline;
import io.litstream.launcher.pipeline.StageName;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The launcher's {@link Pipeline} on a {@link Cluster}, as the bench measures it. */
final class PipelineTarget implements BenchTarget {
    private final Settings settings;
    private final Cluster cluster;

    PipelineTarget(Settings settings, Cluster cluster) {
        this.settings = settings;
        this.cluster = cluster;
    }

    @Override
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public Map<String, Object> clientProperties() {
        return settings.kafkaClientProperties(cluster.bootstrapServers());
    }

    @Override
    public Optional<Duration> brokerCpuTime() {
        return cluster.brokerCpuTime();
    }

    @Override
    public RunningStages start(StagesUnderTest stages) {
        Map<String, String> overrides = new HashMap<>(Map.of(Settings.EXTRACT_THREADS,
                Integer.toString(stages.extractThreads())));
        if (stages.instance() > 1) {
            // Its own state folder and ports chosen by the system, as a second machine would have.
            overrides.putAll(Map.of(Settings.WORK_DIR, settings.workDir().resolve("instance-" + stages.instance()).toString(),
                    Settings.OPS_PORT, "0", Settings.HTTP_PORT, "0"));
        }
        EnumSet<StageName> names = EnumSet.of(StageName.EXTRACT);
        if (stages.aggregate()) {
            names.add(StageName.AGGREGATE);
        }
        stages.inbox().ifPresent(inbox -> {
            names.add(StageName.INGEST);
            overrides.put(Settings.INGEST_DIRS, inbox.toString());
        });
        Pipeline pipeline = Pipeline.start(settings.with(overrides), cluster.bootstrapServers(), names);
        return new RunningStages() {
            @Override
            public boolean running() {
                return pipeline.running();
            }

            @Override
            public void close() {
                pipeline.close();
            }
        };
    }

    @Override
    public void close() {
        cluster.close();
    }
}
