package io.litstream.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** CPU time of this JVM's threads, summed by a grouping of their names. */
final class ThreadCpu {
    private ThreadCpu() {
    }

    /** CPU time of each live thread by id, to subtract per thread: threads come and go during a run. */
    static Map<Long, Long> snapshot() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> out = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu > 0) {
                out.put(id, cpu);
            }
        }
        return out;
    }

    /** CPU seconds of the live threads since {@code before}, summed by {@code group} of the thread's name. */
    static Map<String, Double> secondsSince(Map<Long, Long> before, Function<String, String> group) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Double> out = new HashMap<>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu > 0) {
                long used = cpu - before.getOrDefault(info.getThreadId(), 0L);
                out.merge(group.apply(info.getThreadName()), used / 1e9, Double::sum);
            }
        }
        return out;
    }

    /** A thread's name without its numbers and client ids: the threads of one kind as one group. */
    static String kind(String threadName) {
        return threadName.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "*").replaceAll("\\d+", "N");
    }
}
