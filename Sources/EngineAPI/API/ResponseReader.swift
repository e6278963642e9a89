/// Reads one HTTP answer from a connection through `HTTPResponseParser`, mapping wire errors to
/// `EngineError.decoding` with the endpoint named.
struct ResponseReader {
    static let maxBufferedBody = 256 * 1024 * 1024

    private var parser: HTTPResponseParser
    private var queued: [HTTPResponseParser.Event] = []
    private let endpoint: String
    private var ended = false

    init(request: HTTPRequest) {
        parser = HTTPResponseParser(expectsBody: request.method != .head)
        endpoint = DockerAPIClient.endpoint(request)
    }

    mutating func readHead(_ connection: any ByteConnection) async throws -> HTTPResponseHead {
        while true {
            guard let event = try await next(connection) else {
                throw EngineError.decoding(endpoint: endpoint, detail: WireError.truncated(expected: "response header").description)
            }
            if case .head(let head) = event { return head }
        }
    }

    /// The next piece of body, or nil at its end.
    mutating func nextBody(_ connection: any ByteConnection) async throws -> [UInt8]? {
        while let event = try await next(connection) {
            switch event {
            case .body(let bytes): return bytes
            case .end: return nil
            case .head: continue
            }
        }
        return nil
    }

    mutating func readAll(_ connection: any ByteConnection, limit: Int) async throws -> [UInt8] {
        var body: [UInt8] = []
        while let chunk = try await nextBody(connection) {
            body += chunk
            if body.count > limit {
                throw EngineError.decoding(endpoint: endpoint, detail: "the answer is larger than \(limit) bytes")
            }
        }
        return body
    }

    /// Body bytes that arrived together with the head (the start of a hijacked stream).
    mutating func takeBuffered() -> [UInt8] {
        var bytes: [UInt8] = []
        for case .body(let chunk) in queued { bytes += chunk }
        queued = []
        return bytes
    }

    private mutating func next(_ connection: any ByteConnection) async throws -> HTTPResponseParser.Event? {
        do {
            while queued.isEmpty {
                if ended { return nil }
                if let bytes = try await connection.read() {
                    queued = try parser.feed(bytes)
                } else {
                    ended = true
                    queued = try parser.finish()
                }
            }
            return queued.removeFirst()
        } catch let error as WireError {
            throw EngineError.decoding(endpoint: endpoint, detail: error.description)
        }
    }
}
