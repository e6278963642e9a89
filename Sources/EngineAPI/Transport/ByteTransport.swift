/// Opens byte connections to the engine. The HTTP on top is ours (see `HTTPResponseParser`), so a
/// fake transport that replays captured bytes can drive the whole client in tests.
public protocol ByteTransport: Sendable {
    /// Connects, runs `body` with the open connection, and closes it when `body` returns or throws.
    func withConnection<Result: Sendable>(
        _ body: (any ByteConnection) async throws -> Result
    ) async throws -> Result
}

/// One open two-way byte connection, valid only inside `withConnection`.
public protocol ByteConnection: Sendable {
    /// Sends bytes; returns when they are handed to the socket.
    func write(_ bytes: [UInt8]) async throws
    /// Reads what arrived next; nil at end of stream. Waiting here is what applies back-pressure.
    func read() async throws -> [UInt8]?
    /// Half-closes the sending side (end of stdin for exec), keeping the receiving side open.
    func closeWrite() async throws
}
