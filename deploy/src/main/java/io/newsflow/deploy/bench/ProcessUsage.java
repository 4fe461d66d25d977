package io.newsflow.deploy.bench;

import java.io.IOException;
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
    private ProcessUsage() {
    }

    static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
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
