package io.litstream.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * How busy this JVM's JIT compilers were since the last look: the share of the wall time they
 * spent compiling. The benchmark warms up until this falls, so that what it measures is the
 * steady state users size deployments by, not C2 compiling the pipeline's code (on two cores a
 * compiler thread can take half of one for minutes).
 */
public final class JitActivity {
    private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    private long lastCompileMillis = compileMillis();
    private long lastNanos = System.nanoTime();

    /** Compile time per wall time since the previous call (or since this was made), 0 when unknown. */
    public double shareSinceLastLook() {
        long compile = compileMillis();
        long now = System.nanoTime();
        double wallMillis = (now - lastNanos) / 1e6;
        double share = wallMillis <= 0 ? 0 : (compile - lastCompileMillis) / wallMillis;
        lastCompileMillis = compile;
        lastNanos = now;
        return share;
    }

    private long compileMillis() {
        return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : 0;
    }
}
