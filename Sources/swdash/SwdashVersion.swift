/// The version printed by `swdash --version`.
enum SwdashVersion {
    static let string = "0.1.0"
}
