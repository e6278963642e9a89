import EngineAPI
import NIOCore
import NIOPosix

/// Builds the real engine client for an address: socket transport plus API version negotiation.
public enum LiveEngine {
    /// Connects to `host`, pings it and negotiates the API version.
    public static func connect(
        to host: EngineHost, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        requestTimeout: Duration = .seconds(60)
    ) async throws -> DockerAPIClient {
        try await DockerAPIClient.connect(
            transport: SocketTransport(host: host, group: group), hostDescription: host.description,
            requestTimeout: requestTimeout)
    }

    /// A client that has not talked to the engine yet (it speaks our preferred API version until
    /// `connect` is used); for starting the dashboard while the engine is still away.
    public static func unconnected(
        to host: EngineHost, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) -> DockerAPIClient {
        DockerAPIClient(transport: SocketTransport(host: host, group: group), hostDescription: host.description)
    }
}
