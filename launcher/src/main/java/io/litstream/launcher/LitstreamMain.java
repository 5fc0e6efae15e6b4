package io.litstream.launcher;

import io.litstream.launcher.bench.PipelineBenchCommand;
import io.litstream.launcher.clean.CleanCommand;
import io.litstream.launcher.config.InvalidSettingsException;
import io.litstream.launcher.demo.DemoCommand;
import io.litstream.launcher.help.HelpLayout;
import io.litstream.launcher.offline.ExtractCommand;
import io.litstream.launcher.pipeline.RunCommand;
import io.litstream.launcher.reprocess.ReprocessCommand;
import io.litstream.launcher.retract.RetractCommand;
import io.litstream.launcher.watch.WatchCommand;
import io.litstream.tools.eval.EvalCommand;
import io.litstream.tools.train.TrainCommand;
import io.litstream.tools.vocab.VocabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code litstream} command line: one entry point, a sub-command per job. */
@Command(name = "litstream",
        mixinStandardHelpOptions = true,
        versionProvider = LitstreamMain.Version.class,
        description = {
            "Reads articles on depression treatments as they appear, extracts therapies, mechanisms and claims",
            "with Apache OpenNLP, and keeps a live evidence summary per therapy in Kafka.",
            "",
            "Without --bootstrap-servers (or KAFKA_BOOTSTRAP_SERVERS) a real single-node Kafka broker is",
            "started on loopback, with its data in the work folder."},
        subcommands = {DemoCommand.class, RunCommand.class, WatchCommand.class, ExtractCommand.class,
            CleanCommand.class, ReprocessCommand.class, RetractCommand.class, TrainCommand.class, EvalCommand.class,
            PipelineBenchCommand.class, VocabCommand.class,
            CommandLine.HelpCommand.class})
public final class LitstreamMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return HelpLayout.applyTo(new CommandLine(new LitstreamMain()))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    org.slf4j.LoggerFactory.getLogger(LitstreamMain.class).debug("command failed", e);
                    if (e instanceof InvalidSettingsException invalid) {
                        invalid.problems().forEach(p -> cmd.getErr().println("litstream: " + p));
                        return 2; // a usage error, like picocli's for a bad option
                    }
                    cmd.getErr().println("litstream: " + message(e));
                    return 1;
                });
    }

    /** The message of {@code e}, else of its first cause that has one, else its type: never "null". */
    static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = LitstreamMain.class.getPackage().getImplementationVersion();
            return new String[] {"litstream " + (v == null ? "development" : v)};
        }
    }
}
