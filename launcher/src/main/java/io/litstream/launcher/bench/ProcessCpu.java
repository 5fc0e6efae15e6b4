package io.litstream.launcher.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/** CPU time of this whole JVM: every thread, GC and JIT compilation included. */
final class ProcessCpu {
    private ProcessCpu() {
    }

    static long nanos() {
        return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime();
    }
}
