import Testing
@testable import EngineAPI

@Suite struct ClientReplayTests {
    @Test func listsContainersFromACapturedAnswer() async throws {
        for chunk in [1, 3, 64, 4096] {
            let transport = ReplayTransport([try Fixture.bytes("containers-list.http")], chunk: chunk)
            let client = DockerAPIClient(transport: transport, hostDescription: "replay", apiVersion: APIVersion(1, 41))
            let list = try await client.listContainers(ContainerListOptions(all: true, filters: ["status": ["running"]]))
            #expect(list.count == 2)
            #expect(transport.requests.first?.hasPrefix("GET /v1.41/containers/json?all=1&filters=") == true)
        }
    }

    @Test func engineErrorsKeepStatusMessageAndEndpoint() async throws {
        let transport = ReplayTransport([try Fixture.bytes("error-404.http")])
        let client = DockerAPIClient(transport: transport, hostDescription: "replay")
        await #expect(throws: EngineError.server(status: 404, message: "No such container: nonexistent",
                                                 endpoint: "POST /containers/nonexistent/start")) {
            try await client.startContainer("nonexistent")
        }
    }

    @Test func notModifiedIsTold() async throws {
        let transport = ReplayTransport([Array("HTTP/1.1 304 Not Modified\r\n\r\n".utf8)])
        let client = DockerAPIClient(transport: transport, hostDescription: "replay")
        do {
            try await client.startContainer("x")
            Issue.record("expected 304")
        } catch let error as EngineError {
            #expect(error.isNotModified)
        }
    }

    @Test func truncatedAndGarbageAnswersNameTheEndpoint() async throws {
        let full = try Fixture.bytes("containers-list.http")
        let transport = ReplayTransport([Array(full.prefix(full.count - 100)), Array("garbage\r\n\r\n".utf8), httpAnswer("[{]")])
        let client = DockerAPIClient(transport: transport, hostDescription: "replay")
        for _ in 0..<3 {
            do {
                _ = try await client.listContainers(ContainerListOptions())
                Issue.record("expected a decoding error")
            } catch let error as EngineError {
                guard case .decoding(let endpoint, _) = error else {
                    Issue.record("wrong error \(error)")
                    continue
                }
                #expect(endpoint == "GET /containers/json")
            }
        }
    }

    @Test func negotiatesDownToTheEngine() async throws {
        let transport = ReplayTransport([httpAnswer("OK", headers: ["API-Version: 1.41"]), httpAnswer("[]")])
        let client = try await DockerAPIClient.connect(transport: transport, hostDescription: "replay")
        #expect(client.apiVersion == APIVersion(1, 41))
        _ = try await client.listNetworks(filters: [:])
        #expect(transport.requests.last?.hasPrefix("GET /v1.41/networks") == true)
        let newer = ReplayTransport([httpAnswer("OK", headers: ["Api-Version: 1.52"])])
        #expect(try await DockerAPIClient.connect(transport: newer, hostDescription: "r").apiVersion == .preferred)
        let ancient = ReplayTransport([httpAnswer("OK", headers: ["Api-Version: 1.24"])])
        await #expect(throws: EngineError.unsupportedVersion(engine: "1.24", minimum: "1.41")) {
            try await DockerAPIClient.connect(transport: ancient, hostDescription: "r")
        }
    }

    @Test func eventsStreamDecodesChunkedJSONLines() async throws {
        let bytes = try Fixture.bytes("events-chunked.http") + Array("0\r\n\r\n".utf8)
        let transport = ReplayTransport([bytes], chunk: 5)
        let client = DockerAPIClient(transport: transport, hostDescription: "replay", apiVersion: APIVersion(1, 41))
        var actions: [String] = []
        for try await event in client.events(EventFilter()) { actions.append(event.action) }
        #expect(actions.first == "create")
        #expect(actions.contains("start") && actions.contains("destroy"))
    }

    @Test func logsDemultiplexStdoutAndStderr() async throws {
        let frames = try Fixture.bytes("logs-multiplexed.bin")
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n"
        let transport = ReplayTransport([Array(head.utf8) + frames], chunk: 3)
        let client = DockerAPIClient(transport: transport, hostDescription: "replay")
        var streams: [OutputSource] = []
        for try await chunk in client.logs("x", LogOptions(tail: .lines(200)), tty: false) { streams.append(chunk.stream) }
        #expect(streams == [.stderr, .stdout, .stdout])
        #expect(transport.requests.first?.contains("tail=200") == true)
    }

    @Test func streamErrorStatusIsThrownToTheConsumer() async throws {
        let transport = ReplayTransport([httpAnswer(status: 404, "{\"message\":\"No such container: y\"}")])
        let client = DockerAPIClient(transport: transport, hostDescription: "replay")
        await #expect(throws: EngineError.self) {
            for try await _ in client.logs("y", LogOptions(), tty: true) {}
        }
    }
}
