package io.litstream.launcher.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {

    @Test
    void listsOfThreadsAndInstancesRunEachCombination() {
        CommandLine bench = new CommandLine(new PipelineBenchCommand());
        bench.parseArgs("--articles", "100000", "--threads", "1,2", "--instances", "1,2",
                "--bootstrap-servers", "kafka:9092", "--rate", "40");

        assertEquals(100000, value(bench, "--articles"));
        assertEquals(List.of(1, 2), value(bench, "--threads"));
        assertEquals(List.of(1, 2), value(bench, "--instances"));
        assertEquals(40.0, value(bench, "--rate"));
        assertEquals("kafka:9092", value(bench, "--bootstrap-servers"));
    }

    @Test
    void byDefaultOneInstanceOfOneThreadOnAThousandArticlesFromFiftySources() {
        CommandLine bench = new CommandLine(new PipelineBenchCommand());
        bench.parseArgs();

        assertEquals(1000, value(bench, "--articles"));
        assertEquals(List.of(1), value(bench, "--threads"));
        assertEquals(List.of(1), value(bench, "--instances"));
        assertEquals(50, value(bench, "--sources"));
        assertEquals(5000, value(bench, "--bare-articles"));
    }

    @Test
    void theBenchCommandKeepsItsNameAndDescriptionUnderTheLauncher() {
        CommandLine bench = new CommandLine(new PipelineBenchCommand());

        assertEquals("bench", bench.getCommandName());
        assertEquals(true, bench.getUsageMessage().contains("Measures the pipeline on a real broker"));
    }

    private static Object value(CommandLine bench, String option) {
        return bench.getCommandSpec().findOption(option).getValue();
    }
}
