import ArgumentParser
import Config
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The config file option, and the file's settings merged under the command-line flags.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: "Config file (default: $XDG_CONFIG_HOME/swdash/config.toml or ~/.config/swdash/config.toml).")
    var config: String?

    /// Reads the config file (a missing one is fine; a broken one gives warnings and defaults).
    func load() -> ConfigLoad {
        if let config { return ConfigLoader.load(path: config) }
        return ConfigLoader.load(environment: ProcessInfo.processInfo.environment)
    }
}
