/// A field the engine sends as a list, a single string or null (e.g. `Cmd`, `Entrypoint`).
public struct StringList: Codable, Sendable, Equatable, ExpressibleByArrayLiteral {
    public var values: [String]

    public init(_ values: [String]) { self.values = values }
    public init(arrayLiteral elements: String...) { values = elements }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            values = []
        } else if let list = try? c.decode([String].self) {
            values = list
        } else {
            values = [try c.decode(String.self)]
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(values)
    }
}
