/// An Engine API version such as 1.41, compared numerically (1.9 < 1.41).
public struct APIVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(_ major: Int, _ minor: Int) {
        self.major = major
        self.minor = minor
    }

    public init?(_ text: String) {
        let parts = text.trimmingSpaces.split(separator: ".")
        guard parts.count == 2, let major = Int(parts[0]), let minor = Int(parts[1]) else { return nil }
        self.init(major, minor)
    }

    /// The newest version whose behaviour this client is written against. Docker 29 refuses below 1.44.
    public static let preferred = APIVersion(1, 47)
    /// The oldest engine we talk to: Debian 12's dockerd 20.10.
    public static let minimum = APIVersion(1, 41)

    /// What to speak with an engine that announces `engine`: the lower of ours and theirs.
    public static func negotiate(engine: APIVersion?) -> APIVersion {
        guard let engine else { return preferred }
        return min(engine, preferred)
    }

    public static func < (lhs: APIVersion, rhs: APIVersion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }

    public var description: String { "\(major).\(minor)" }
}
