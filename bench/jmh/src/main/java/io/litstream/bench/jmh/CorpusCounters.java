package io.litstream.bench.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one pass over the corpus processed, reported by JMH per second next to the passes per
 * second (throughput mode): articles/s, sentences/s, tokens/s.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CorpusCounters {
    public long articles;
    public long sentences;
    public long tokens;

    @Setup(Level.Iteration)
    public void reset() {
        articles = 0;
        sentences = 0;
        tokens = 0;
    }
}
