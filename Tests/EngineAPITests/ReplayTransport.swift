import Synchronization
@testable import EngineAPI

/// A transport that answers every connection with canned bytes, cut into pieces of `chunk` bytes,
/// and records what the client wrote: the engine client's logic without a daemon.
final class ReplayTransport: ByteTransport {
    let answers: Mutex<[[UInt8]]>
    let written = Mutex<[String]>([])
    let chunk: Int

    init(_ answers: [[UInt8]], chunk: Int = 7) {
        self.answers = Mutex(answers)
        self.chunk = chunk
    }

    var requests: [String] { written.withLock { $0 } }

    func withConnection<Result: Sendable>(_ body: (any ByteConnection) async throws -> Result) async throws -> Result {
        let answer = answers.withLock { $0.isEmpty ? nil : $0.removeFirst() }
        guard let answer else { throw EngineError.transport(.refused, host: "replay") }
        return try await body(Connection(bytes: answer, chunk: chunk, transport: self))
    }

    final class Connection: ByteConnection {
        let pieces: Mutex<[[UInt8]]>
        let transport: ReplayTransport

        init(bytes: [UInt8], chunk: Int, transport: ReplayTransport) {
            pieces = Mutex(stride(from: 0, to: bytes.count, by: chunk).map { Array(bytes[$0..<min($0 + chunk, bytes.count)]) })
            self.transport = transport
        }

        func write(_ bytes: [UInt8]) async throws {
            transport.written.withLock { $0.append(String(decoding: bytes, as: UTF8.self)) }
        }

        func read() async throws -> [UInt8]? {
            pieces.withLock { $0.isEmpty ? nil : $0.removeFirst() }
        }

        func closeWrite() async throws {}
    }
}

func httpAnswer(status: Int = 200, _ body: String, headers: [String] = []) -> [UInt8] {
    let head = (["HTTP/1.1 \(status) X", "Content-Length: \(body.utf8.count)"] + headers).joined(separator: "\r\n")
    return Array((head + "\r\n\r\n" + body).utf8)
}
