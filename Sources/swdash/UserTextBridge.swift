import DashCore

/// The command line uses the same user words as the dashboard.
enum UserTextBridge {
    static func describe(_ error: any Error) -> String { UserText.describe(error) }
}
