import Testing
@testable import EngineAPI

/// Decodes answers captured from a real dockerd 20.10 (API 1.41).
@Suite struct ModelDecodingTests {
    func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try DockerAPIClient.decodeJSON(T.self, try Fixture.bytes(name), endpoint: name)
    }

    @Test func containerList() throws {
        let list = try decode([ContainerSummary].self, "containers-list.json")
        #expect(list.count == 3)
        let logger = try #require(list.first { $0.name == "fx-logger" })
        #expect(logger.state == "running" && logger.status.hasPrefix("Up"))
        #expect(logger.composeProject == "fx")
        #expect(logger.mounts.first?.name == "fx-vol")
        let web = try #require(list.first { $0.name == "w1" })
        #expect(web.ports == [PortBinding(ip: "127.0.0.1", privatePort: 8080, publicPort: 32769, type: "tcp")])
    }

    @Test func containerInspect() throws {
        let details = try decode(ContainerDetails.self, "container-inspect.json")
        #expect(details.displayName == "fx-logger")
        #expect(details.state?.running == true)
        #expect(details.hasTTY == false)
        #expect(details.config?.cmd?.values.first == "sh")
        #expect(details.hostConfig?.restartPolicy?.name == "no")
    }

    @Test func imagesVolumesNetworks() throws {
        let images = try decode([ImageSummary].self, "images-list.json")
        #expect(images.first?.repoTags == ["swdash-test/busybox:latest"])
        #expect(images.first?.isDangling == false)
        #expect(images.first?.shortID.count == 12)
        let volumes = try decode(VolumeList.self, "volumes-list.json")
        #expect(volumes.volumes?.first?.name == "fx-vol")
        #expect(volumes.volumes?.first?.isAnonymous == false)
        let networks = try decode([NetworkSummary].self, "networks-list.json")
        #expect(networks.contains { $0.name == "none" && $0.isPredefined })
    }

    @Test func systemAnswers() throws {
        let version = try decode(SystemVersion.self, "version.json")
        #expect(version.apiVersion == "1.41")
        let info = try decode(SystemInfo.self, "info.json")
        #expect((info.containers ?? 0) >= 3)
        let df = try decode(DiskUsage.self, "system-df.json")
        #expect(df.volumes?.first?.usageData != nil)
        #expect(!(df.images ?? []).isEmpty)
    }

    @Test func stats() throws {
        let stats = try decode(ContainerStats.self, "stats.json")
        #expect(stats.memoryUsed != nil)
    }

    @Test func cpuPercentFollowsDockerStats() {
        var stats = ContainerStats()
        stats.cpuStats = .init(cpuUsage: .init(totalUsage: 2_000, percpuUsage: nil), systemCPUUsage: 20_000, onlineCPUs: 2)
        stats.precpuStats = .init(cpuUsage: .init(totalUsage: 1_000, percpuUsage: nil), systemCPUUsage: 10_000, onlineCPUs: 2)
        #expect(stats.cpuPercent == 20)
    }

    @Test func garbageIsADecodingErrorNamingTheEndpoint() {
        #expect(throws: EngineError.decoding(endpoint: "GET /containers/json", detail: "malformed JSON")) {
            try DockerAPIClient.decodeJSON([ContainerSummary].self, Array("<html>".utf8), endpoint: "GET /containers/json")
        }
        #expect(throws: EngineError.self) {
            try DockerAPIClient.decodeJSON([ContainerSummary].self, Array("[{\"Names\":[]}]".utf8), endpoint: "x")
        }
    }
}
