import EngineAPI

/// The last CPU and memory figures of a running container.
public struct StatsSample: Sendable, Equatable {
    /// Percent of one CPU (can exceed 100 on several CPUs); nil until two samples were seen.
    public var cpuPercent: Double?
    public var memoryBytes: UInt64?
    public var memoryLimit: UInt64?
    /// Raw counters kept to compute CPU from the next one-shot sample.
    public var containerCPU: UInt64?
    public var systemCPU: UInt64?

    public init(cpuPercent: Double? = nil, memoryBytes: UInt64? = nil, memoryLimit: UInt64? = nil,
                containerCPU: UInt64? = nil, systemCPU: UInt64? = nil) {
        self.cpuPercent = cpuPercent
        self.memoryBytes = memoryBytes
        self.memoryLimit = memoryLimit
        self.containerCPU = containerCPU
        self.systemCPU = systemCPU
    }

    /// Folds a new engine sample into the previous one: one-shot samples carry no `precpu`, so CPU is
    /// the difference between our consecutive samples, the way `docker stats` computes it.
    public static func next(after previous: StatsSample?, _ stats: ContainerStats) -> StatsSample {
        let total = stats.cpuStats?.cpuUsage?.totalUsage
        let system = stats.cpuStats?.systemCPUUsage
        var cpu = stats.cpuPercent
        if cpu == nil, let total, let system, let oldTotal = previous?.containerCPU, let oldSystem = previous?.systemCPU,
            system > oldSystem, total >= oldTotal
        {
            let cpus = stats.cpuStats?.onlineCPUs ?? stats.cpuStats?.cpuUsage?.percpuUsage?.count ?? 1
            cpu = Double(total - oldTotal) / Double(system - oldSystem) * Double(max(cpus, 1)) * 100
        }
        return StatsSample(
            cpuPercent: cpu, memoryBytes: stats.memoryUsed, memoryLimit: stats.memoryLimit, containerCPU: total,
            systemCPU: system)
    }
}
