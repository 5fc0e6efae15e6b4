package io.litstream.launcher.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {

    @Test
    void listsOfThreadsAndInstancesRunEachCombination() {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs("--articles", "100000", "--threads", "1,2", "--instances", "1,2",
                "--bootstrap-servers", "kafka:9092", "--rate", "40");

        assertEquals(100000, bench.articles);
        assertEquals(List.of(1, 2), bench.threads);
        assertEquals(List.of(1, 2), bench.instances);
        assertEquals(40.0, bench.rate);
    }

    @Test
    void byDefaultOneInstanceOfOneThreadOnAThousandArticlesFromFiftySources() {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs();

        assertEquals(1000, bench.articles);
        assertEquals(List.of(1), bench.threads);
        assertEquals(List.of(1), bench.instances);
        assertEquals(50, bench.sources);
        assertEquals(5000, bench.bareArticles);
    }
}
