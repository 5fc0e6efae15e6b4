package io.litstream.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/** CPU time of this whole JVM: every thread, GC and JIT compilation included. */
public final class ProcessCpu {
    private ProcessCpu() {
    }

    public static long nanos() {
        return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime();
    }
}
