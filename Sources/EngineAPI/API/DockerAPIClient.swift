#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The Engine API over any `ByteTransport`: builds requests, reads answers with our own HTTP/1.1
/// parser, maps failures to `EngineError` with the endpoint named, and negotiates the API version.
public struct DockerAPIClient: DockerEngine {
    let transport: any ByteTransport
    public let hostDescription: String
    public let apiVersion: APIVersion
    /// Deadline for ordinary (non-streaming) requests, so a hung engine cannot hang the caller.
    let requestTimeout: Duration

    public init(
        transport: any ByteTransport, hostDescription: String, apiVersion: APIVersion = .preferred,
        requestTimeout: Duration = .seconds(60)
    ) {
        self.transport = transport
        self.hostDescription = hostDescription
        self.apiVersion = apiVersion
        self.requestTimeout = requestTimeout
    }

    /// Pings the engine and returns a client that speaks the lower of our API version and the engine's.
    public static func connect(
        transport: any ByteTransport, hostDescription: String, requestTimeout: Duration = .seconds(60)
    ) async throws -> DockerAPIClient {
        let probe = DockerAPIClient(
            transport: transport, hostDescription: hostDescription, requestTimeout: .seconds(15))
        let ping = try await probe.ping()
        var engineVersion = ping.apiVersion
        if engineVersion == nil {
            engineVersion = try await probe.unversionedVersion().apiVersion.flatMap(APIVersion.init)
        }
        if let engineVersion, engineVersion < .minimum {
            throw EngineError.unsupportedVersion(engine: engineVersion.description, minimum: APIVersion.minimum.description)
        }
        return DockerAPIClient(
            transport: transport, hostDescription: hostDescription,
            apiVersion: APIVersion.negotiate(engine: engineVersion), requestTimeout: requestTimeout)
    }

    var versionPrefix: String { "/v\(apiVersion)" }

    static func endpoint(_ request: HTTPRequest) -> String { "\(request.method.rawValue) \(request.path)" }

    // MARK: Plain requests

    /// Sends a request and returns the whole answer; error statuses become `EngineError.server`.
    func send(_ request: HTTPRequest, versioned: Bool = true, timeout: Duration? = nil) async throws
        -> (head: HTTPResponseHead, body: [UInt8])
    {
        try await withDeadline(timeout ?? requestTimeout, host: hostDescription) {
            try await transport.withConnection { connection in
                try await connection.write(request.serialized(versionPrefix: versioned ? versionPrefix : ""))
                var reader = ResponseReader(request: request)
                let head = try await reader.readHead(connection)
                let body = try await reader.readAll(connection, limit: ResponseReader.maxBufferedBody)
                // 304 means "already in that state" (start, stop): callers decide whether that is fine.
                if head.status >= 400 || head.status == 304 { throw Self.serverError(head, body, request) }
                return (head, body)
            }
        }
    }

    /// Sends a request whose answer is JSON and decodes it.
    func decode<T: Decodable & Sendable>(_ type: T.Type, _ request: HTTPRequest, timeout: Duration? = nil)
        async throws -> T
    {
        let (_, body) = try await send(request, timeout: timeout)
        return try Self.decodeJSON(type, body, endpoint: Self.endpoint(request))
    }

    /// Sends a request whose answer carries nothing we need.
    func perform(_ request: HTTPRequest, timeout: Duration? = nil) async throws {
        _ = try await send(request, timeout: timeout)
    }

    /// Decodes an engine JSON answer; failures become `EngineError.decoding` naming `endpoint`.
    public static func decodeJSON<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], endpoint: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw EngineError.decoding(endpoint: endpoint, detail: describe(error))
        } catch {
            throw EngineError.decoding(endpoint: endpoint, detail: "\(error)")
        }
    }

    static func encodeJSON<T: Encodable>(_ value: T) throws -> [UInt8] {
        do {
            return Array(try JSONEncoder().encode(value))
        } catch {
            throw EngineError.invalidArgument("could not encode the request: \(error)")
        }
    }

    static func serverError(_ head: HTTPResponseHead, _ body: [UInt8], _ request: HTTPRequest) -> EngineError {
        struct Message: Decodable { let message: String }
        let message =
            (try? JSONDecoder().decode(Message.self, from: Data(body)))?.message
            ?? String(decoding: body.prefix(2048), as: UTF8.self).trimmingSpaces
        return .server(
            status: head.status, message: message.trimmingSpaces.trimmingNewlines,
            endpoint: endpoint(request))
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let p = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return p.isEmpty ? "" : " at \(p)"
        }
        switch error {
        case .dataCorrupted(let c): return "malformed JSON\(path(c))"
        case .keyNotFound(let key, let c): return "missing field \(key.stringValue)\(path(c))"
        case .typeMismatch(_, let c), .valueNotFound(_, let c): return "unexpected value\(path(c))"
        @unknown default: return "\(error)"
        }
    }

    // MARK: Streams

    /// Sends a request and hands each piece of its body to `onBody` as it arrives; returns at the end.
    func withStreamingResponse(
        _ request: HTTPRequest, _ onBody: ([UInt8]) async throws -> Void
    ) async throws {
        try await transport.withConnection { connection in
            try await connection.write(request.serialized(versionPrefix: versionPrefix))
            var reader = ResponseReader(request: request)
            let head = try await reader.readHead(connection)
            if head.status >= 400 {
                let body = try await reader.readAll(connection, limit: 64 * 1024)
                throw Self.serverError(head, body, request)
            }
            while let chunk = try await reader.nextBody(connection) {
                try await onBody(chunk)
            }
        }
    }

    /// A stream of newline-delimited JSON objects (events, stats).
    func jsonLines<T: Decodable & Sendable>(_ type: T.Type, _ request: HTTPRequest) -> EngineStream<T> {
        let endpoint = Self.endpoint(request)
        return EngineStream(bufferLimit: 256) { sink in
            var lines = JSONLinesDecoder()
            do {
                try await withStreamingResponse(request) { chunk in
                    for line in try lines.feed(chunk) {
                        try await sink.yield(try Self.decodeJSON(T.self, line, endpoint: endpoint))
                    }
                }
            } catch let error as WireError {
                throw EngineError.decoding(endpoint: endpoint, detail: error.description)
            }
            if let last = lines.finish() { try await sink.yield(try Self.decodeJSON(T.self, last, endpoint: endpoint)) }
        }
    }

    // MARK: Hijacked connections

    /// Upgrades the connection (`101 UPGRADED`) and runs `body` with the raw two-way stream.
    func withHijacked<R: Sendable>(
        _ request: HTTPRequest, tty: Bool, _ body: (HijackedSession) async throws -> R
    ) async throws -> R {
        var upgraded = request
        upgraded.headers += [("Connection", "Upgrade"), ("Upgrade", "tcp")]
        return try await transport.withConnection { connection in
            try await connection.write(upgraded.serialized(versionPrefix: versionPrefix))
            var reader = ResponseReader(request: request)
            let head = try await reader.readHead(connection)
            if head.status >= 400 {
                let body = try await reader.readAll(connection, limit: 64 * 1024)
                throw Self.serverError(head, body, request)
            }
            let session = HijackedSession(connection: connection, tty: tty, leftover: reader.takeBuffered())
            return try await body(session)
        }
    }
}
