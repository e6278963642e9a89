// swift-tools-version:6.1
// swdash: a terminal dashboard for Docker. Module rule: see docs/ARCHITECTURE.md.
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "swdash",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "swdash", targets: ["swdash"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        // The only C surface: wide-character ncurses.
        // No pkgConfig: its -D flags are refused by SwiftPM; the module map links ncursesw and shim.h sets the define.
        .systemLibrary(name: "CNCurses", providers: [.apt(["libncurses-dev"])]),
        // Pure Docker Engine API layer: models, endpoints, wire codecs, errors, the DockerEngine protocol. No sockets, no UI.
        .target(name: "EngineAPI", swiftSettings: strict),
        // The live transport: unix/tcp sockets over SwiftNIO, streaming and hijacked requests.
        .target(
            name: "EngineClient",
            dependencies: [
                "EngineAPI",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strict),
        // The in-memory screen grid, styles by semantic role, display width, diffing. No dependencies.
        .target(name: "TermRender", swiftSettings: strict),
        // The view-model: state, actions, reducer, effects, store, binding tables. Sees the engine only as a protocol.
        .target(name: "DashCore", dependencies: ["EngineAPI", "TermRender"], swiftSettings: strict),
        // Panes: state into cells of a Screen. Pure; no engine, no curses.
        .target(name: "DashUI", dependencies: ["DashCore", "EngineAPI", "TermRender"], swiftSettings: strict),
        // The only module that imports curses: flushes grid diffs, decodes keys, suspends for child processes.
        .target(name: "CursesBackend", dependencies: ["TermRender", "CNCurses"], swiftSettings: strict),
        // The config file, themes and key remapping: our own TOML reader; warnings, never a crash.
        .target(name: "Config", dependencies: ["DashCore", "TermRender"], swiftSettings: strict),
        .executableTarget(
            name: "swdash",
            dependencies: [
                "EngineAPI", "EngineClient", "TermRender", "CursesBackend", "DashCore", "DashUI", "Config",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        .testTarget(name: "EngineAPITests", dependencies: ["EngineAPI"], resources: [.copy("Fixtures")], swiftSettings: strict),
        // Finds and drives the private test engine started by scripts/test; shared by the engine-facing tests.
        .target(
            name: "TestEngineSupport", dependencies: ["EngineAPI", "EngineClient"], path: "Tests/TestEngineSupport",
            swiftSettings: strict),
        .testTarget(
            name: "EngineClientTests", dependencies: ["EngineAPI", "EngineClient", "TestEngineSupport"],
            swiftSettings: strict),
        // Runs the built swdash in tmux against the real test engine, as a user would.
        .testTarget(
            name: "EndToEndTests", dependencies: ["swdash", "EngineAPI", "EngineClient", "TestEngineSupport"],
            exclude: ["relay.py"], swiftSettings: strict),
        .testTarget(name: "TermRenderTests", dependencies: ["TermRender"], swiftSettings: strict),
        .testTarget(
            name: "CursesBackendTests", dependencies: ["CursesBackend", "TermRender", "CNCurses"], swiftSettings: strict),
        .testTarget(name: "DashCoreTests", dependencies: ["DashCore", "EngineAPI", "TermRender"], swiftSettings: strict),
        .testTarget(name: "ConfigTests", dependencies: ["Config", "DashCore", "TermRender"], swiftSettings: strict),
        .testTarget(
            name: "DashUITests", dependencies: ["DashUI", "DashCore", "EngineAPI", "TermRender"],
            resources: [.copy("Snapshots")], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
