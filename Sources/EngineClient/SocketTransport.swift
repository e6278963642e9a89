import EngineAPI
import NIOCore
import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte connections to the engine over a unix socket or plain TCP, on SwiftNIO.
/// One connection per request: cheap on a local socket, and streams never block each other.
public struct SocketTransport: ByteTransport {
    public let host: EngineHost
    let group: any EventLoopGroup
    let connectTimeout: TimeAmount

    public init(
        host: EngineHost, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        connectTimeout: TimeAmount = .seconds(10)
    ) {
        self.host = host
        self.group = group
        self.connectTimeout = connectTimeout
    }

    public func withConnection<Result: Sendable>(
        _ body: (any ByteConnection) async throws -> Result
    ) async throws -> Result {
        let channel = try await connect()
        return try await channel.executeThenClose { inbound, outbound in
            let connection = NIOByteConnection(iterator: inbound.makeAsyncIterator(), outbound: outbound, host: host)
            return try await body(connection)
        }
    }

    private func connect() async throws -> NIOAsyncChannel<ByteBuffer, ByteBuffer> {
        let bootstrap = ClientBootstrap(group: group).connectTimeout(connectTimeout)
        let configuration = NIOAsyncChannel<ByteBuffer, ByteBuffer>.Configuration(isOutboundHalfClosureEnabled: true)
        do {
            switch host {
            case .unix(let path):
                return try await bootstrap.connect(unixDomainSocketPath: path) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try NIOAsyncChannel(wrappingChannelSynchronously: channel, configuration: configuration)
                    }
                }
            case .tcp(let name, let port):
                return try await bootstrap.connect(host: name, port: port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try NIOAsyncChannel(wrappingChannelSynchronously: channel, configuration: configuration)
                    }
                }
            }
        } catch {
            throw Self.transportError(error, host: host)
        }
    }

    /// Classifies a NIO or socket error so the message can say what to do about it.
    static func transportError(_ error: any Error, host: EngineHost) -> EngineError {
        if let engineError = error as? EngineError { return engineError }
        let failure: EngineError.TransportFailure
        switch errno(of: error) {
        case ENOENT?, ENOTDIR?: failure = .socketMissing
        case EACCES?, EPERM?: failure = .permissionDenied
        case ECONNREFUSED?: failure = .refused
        case ETIMEDOUT?: failure = .timedOut
        case ECONNRESET?, EPIPE?: failure = .closed
        default:
            if case ChannelError.connectTimeout = error {
                failure = .timedOut
            } else if let error = error as? ChannelError, error == .ioOnClosedChannel || error == .eof {
                failure = .closed
            } else {
                failure = .other(String(describing: error))
            }
        }
        return .transport(failure, host: host.description)
    }

    private static func errno(of error: any Error) -> Int32? {
        if let io = error as? IOError { return io.errnoCode }
        if let connection = error as? NIOConnectionError {
            for attempt in connection.connectionErrors {
                if let code = errno(of: attempt.error) { return code }
            }
            if let dns = connection.dnsAError ?? connection.dnsAAAAError { return errno(of: dns) }
        }
        return nil
    }
}

/// An open NIO channel seen as a `ByteConnection`.
final class NIOByteConnection: ByteConnection, @unchecked Sendable {
    // Invariant: `iterator` is used by one reading task at a time (the ByteConnection contract);
    // the outbound writer is itself Sendable and may be used from another task.
    private var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    private let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    private let host: EngineHost

    init(
        iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator,
        outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>, host: EngineHost
    ) {
        self.iterator = iterator
        self.outbound = outbound
        self.host = host
    }

    func write(_ bytes: [UInt8]) async throws {
        do {
            try await outbound.write(ByteBuffer(bytes: bytes))
        } catch {
            throw SocketTransport.transportError(error, host: host)
        }
    }

    func read() async throws -> [UInt8]? {
        do {
            guard let buffer = try await iterator.next() else { return nil }
            return Array(buffer.readableBytesView)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw SocketTransport.transportError(error, host: host)
        }
    }

    func closeWrite() async throws {
        outbound.finish()
    }
}
