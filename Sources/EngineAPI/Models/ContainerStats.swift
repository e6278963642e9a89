/// One sample of `GET /containers/{id}/stats`, with the derived CPU and memory figures the `docker stats` way.
public struct ContainerStats: Codable, Sendable, Equatable {
    public var read: String?
    public var cpuStats: CPUStats?
    public var precpuStats: CPUStats?
    public var memoryStats: MemoryStats?
    public var networks: [String: NetworkIO]?

    enum CodingKeys: String, CodingKey {
        case read, cpuStats = "cpu_stats", precpuStats = "precpu_stats", memoryStats = "memory_stats", networks
    }

    /// CPU counters.
    public struct CPUStats: Codable, Sendable, Equatable {
        public var cpuUsage: CPUUsage?
        public var systemCPUUsage: UInt64?
        public var onlineCPUs: Int?
        enum CodingKeys: String, CodingKey { case cpuUsage = "cpu_usage", systemCPUUsage = "system_cpu_usage", onlineCPUs = "online_cpus" }
    }

    /// Total and per-CPU time used, in nanoseconds.
    public struct CPUUsage: Codable, Sendable, Equatable {
        public var totalUsage: UInt64?
        public var percpuUsage: [UInt64]?
        enum CodingKeys: String, CodingKey { case totalUsage = "total_usage", percpuUsage = "percpu_usage" }
    }

    /// Memory counters; `stats` differs between cgroup v1 and v2.
    public struct MemoryStats: Codable, Sendable, Equatable {
        public var usage: UInt64?
        public var limit: UInt64?
        public var stats: [String: UInt64]?
    }

    /// Bytes in and out on one interface.
    public struct NetworkIO: Codable, Sendable, Equatable {
        public var rxBytes: UInt64?
        public var txBytes: UInt64?
        enum CodingKeys: String, CodingKey { case rxBytes = "rx_bytes", txBytes = "tx_bytes" }
    }

    /// CPU use in percent of one CPU times the CPUs, as `docker stats` shows it; nil without two samples.
    public var cpuPercent: Double? {
        guard let total = cpuStats?.cpuUsage?.totalUsage, let preTotal = precpuStats?.cpuUsage?.totalUsage,
            let system = cpuStats?.systemCPUUsage, let preSystem = precpuStats?.systemCPUUsage,
            system > preSystem, total >= preTotal
        else { return nil }
        let cpus = cpuStats?.onlineCPUs ?? cpuStats?.cpuUsage?.percpuUsage?.count ?? 1
        return Double(total - preTotal) / Double(system - preSystem) * Double(max(cpus, 1)) * 100
    }

    /// Memory in use without the page cache (cgroup v2 `inactive_file`, v1 `total_inactive_file`).
    public var memoryUsed: UInt64? {
        guard let usage = memoryStats?.usage else { return nil }
        let cache = memoryStats?.stats?["inactive_file"] ?? memoryStats?.stats?["total_inactive_file"] ?? 0
        return usage >= cache ? usage - cache : usage
    }

    public var memoryLimit: UInt64? { memoryStats?.limit }
}
