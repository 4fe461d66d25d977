package io.newsflow.deploy.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * What another process has used so far, as the kernel counts it: CPU time (user + system, the fields of
 * /proc/PID/stat that {@link ProcessHandle.Info#totalCpuDuration()} reads) and its peak resident set
 * (VmHWM in /proc/PID/status). Linux only; elsewhere the peak is unknown.
 */
final class ProcessUsage {
    private static final long USER_HZ = 100;
    private ProcessUsage() {
    }

    static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * CPU time (user + system) of the process's JIT compiler threads, HotSpot's "C1 CompilerThreadN" and
     * "C2 CompilerThreadN" (the kernel keeps 15 characters of a name), from /proc/PID/task/TID/stat, whose
     * times are in the kernel's fixed USER_HZ of 100 ticks a second. Zero where there is no /proc. A
     * compiler thread that HotSpot stopped takes its time with it; on a machine of few cores it keeps one of
     * each, which never stop.
     */
    static Duration compilerCpu(ProcessHandle process) {
        long ticks = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc", String.valueOf(process.pid()),
                "task"))) {
            for (Path thread : threads) {
                ticks += compilerTicks(thread);
            }
        } catch (IOException | RuntimeException notLinux) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(ticks * 1000 / USER_HZ);
    }

    private static long compilerTicks(Path thread) {
        try {
            String stat = Files.readString(thread.resolve("stat"));
            int nameEnd = stat.lastIndexOf(')');
            String name = stat.substring(stat.indexOf('(') + 1, nameEnd);
            if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
                return 0;
            }
            // After the name: state, ppid, ... utime is the 14th field of the line and stime the 15th.
            String[] fields = stat.substring(nameEnd + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException gone) {
            return 0;
        }
    }

    static OptionalLong peakResidentBytes(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    String kilobytes = line.substring("VmHWM:".length()).replace("kB", "").strip();
                    return OptionalLong.of(Long.parseLong(kilobytes) * 1024);
                }
            }
        } catch (IOException | NumberFormatException notLinux) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** The 1-minute load average, to say how busy the machine was while the bench measured. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException notLinux) {
            return "unknown";
        }
    }
}
