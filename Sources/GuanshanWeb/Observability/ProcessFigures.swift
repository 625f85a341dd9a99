import Foundation

/// The process's own figures under Prometheus's standard names, read from Linux's `/proc`; none
/// elsewhere.
enum ProcessFigures {
    struct Figures {
        var gauges: [(String, Double)] = []
        /// Totals since the process started (CPU seconds): counters.
        var totals: [(String, Double)] = []
    }

    static func read() -> Figures {
        var figures = Figures()
        #if os(Linux)
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        let pageSize = Double(sysconf(Int32(_SC_PAGESIZE)))
        // Fields after the command name, which is in parentheses and may hold spaces: state is the first.
        if let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
           let close = stat.lastIndex(of: ")") {
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            // utime and stime are fields 14 and 15 of the whole line, starttime 22, vsize 23, rss 24.
            if fields.count > 22, ticks > 0, let user = Double(fields[11]), let system = Double(fields[12]),
               let start = Double(fields[19]), let virtual = Double(fields[20]), let resident = Double(fields[21]) {
                figures.totals.append(("process_cpu_seconds_total", (user + system) / ticks))
                figures.gauges.append(("process_virtual_memory_bytes", virtual))
                figures.gauges.append(("process_resident_memory_bytes", resident * pageSize))
                if let boot = bootTime() { figures.gauges.append(("process_start_time_seconds", boot + start / ticks)) }
            }
        }
        if let descriptors = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") {
            figures.gauges.append(("process_open_fds", Double(descriptors.count)))
        }
        #endif
        return figures
    }

    /// When the machine started, in seconds since 1970 (`btime` in /proc/stat).
    private static func bootTime() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8) else { return nil }
        for line in stat.split(separator: "\n") where line.hasPrefix("btime ") {
            return Double(line.dropFirst(6).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
