import Testing
@testable import EngineAPI

@Suite struct RequestAndHostTests {
    @Test func serialisesWithHostHeaderAndEncodedQuery() {
        let request = HTTPRequest(.get, "/containers/json", query: [("filters", "{\"status\":[\"exited\"]}"), ("all", "1")])
        let text = String(decoding: request.serialized(versionPrefix: "/v1.41"), as: UTF8.self)
        #expect(text.hasPrefix("GET /v1.41/containers/json?filters=%7B%22status%22%3A%5B%22exited%22%5D%7D&all=1 HTTP/1.1\r\n"))
        #expect(text.contains("\r\nHost: docker\r\n"))
        #expect(text.hasSuffix("\r\n\r\n"))
    }

    @Test func postAlwaysCarriesContentLength() {
        let text = String(decoding: HTTPRequest(.post, "/containers/x/start").serialized(versionPrefix: ""), as: UTF8.self)
        #expect(text.contains("Content-Length: 0\r\n"))
    }

    @Test func pathSegmentsCannotEscape() {
        #expect(DockerAPIClient.segment("../../images/x?force=1") == "..%2F..%2Fimages%2Fx%3Fforce%3D1")
        #expect(DockerAPIClient.imageSegment("registry:5000/team/app:1.2") == "registry:5000/team/app:1.2")
    }

    @Test func filtersAreJSON() {
        #expect(FilterQuery.encode(["status": ["exited", "created"], "label": ["a=\"b\""]])
            == "{\"label\":[\"a=\\\"b\\\"\"],\"status\":[\"exited\",\"created\"]}")
        #expect(FilterQuery.encode([:]) == nil)
    }

    @Test(arguments: [
        ("unix:///var/run/docker.sock", EngineHost.unix(path: "/var/run/docker.sock")),
        ("/tmp/d.sock", .unix(path: "/tmp/d.sock")),
        ("tcp://10.0.0.5:2376", .tcp(host: "10.0.0.5", port: 2376)),
        ("tcp://dockerhost", .tcp(host: "dockerhost", port: 2375)),
        ("tcp://[::1]:2375", .tcp(host: "::1", port: 2375)),
        ("http://h:1/", .tcp(host: "h", port: 1)),
    ])
    func parsesHosts(text: String, host: EngineHost) throws {
        #expect(try EngineHost.parse(text) == host)
    }

    @Test(arguments: ["ssh://me@server", "tcp://h:99999", "unix://relative", "bogus", "tcp://", "tcp://a:b:c"])
    func rejectsBadHosts(text: String) {
        #expect(throws: EngineError.self) { try EngineHost.parse(text) }
    }

    @Test func hostPrecedence() throws {
        #expect(try EngineHost.resolve(flag: "tcp://a:1", environment: ["DOCKER_HOST": "tcp://b:2"]) == .tcp(host: "a", port: 1))
        #expect(try EngineHost.resolve(flag: nil, environment: ["DOCKER_HOST": "tcp://b:2"]) == .tcp(host: "b", port: 2))
        #expect(try EngineHost.resolve(flag: nil, environment: [:]) == .defaultSocket)
    }

    @Test func versionNegotiation() {
        #expect(APIVersion.negotiate(engine: APIVersion(1, 41)) == APIVersion(1, 41))
        #expect(APIVersion.negotiate(engine: APIVersion(1, 52)) == APIVersion.preferred)
        #expect(APIVersion("1.9")! < APIVersion("1.41")!)
        #expect(APIVersion("x") == nil)
    }

    @Test func errorsSayWhatToDo() {
        let missing = EngineError.transport(.socketMissing, host: "unix:///x.sock").description
        #expect(missing.contains("Is Docker running?"))
        let denied = EngineError.transport(.permissionDenied, host: "unix:///x.sock").description
        #expect(denied.contains("docker group"))
        let conflict = EngineError.server(status: 409, message: "You cannot remove a running container", endpoint: "DELETE /containers/{id}")
        #expect(conflict.isConflict && conflict.description.contains("cannot remove a running container"))
    }
}
