/// A TOML table: keys in the order they were written, each with its value and line.
public struct TOMLTable: Sendable, Equatable {
    /// One `key = value` of the table (or a sub-table under its key).
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: TOMLValue

        public init(key: String, value: TOMLValue) {
            self.key = key
            self.value = value
        }
    }

    /// The entries in file order.
    public private(set) var entries: [Entry]
    /// Where the table was opened; 0 for the document itself.
    public var line: Int

    public init(entries: [Entry] = [], line: Int = 0) {
        self.entries = entries
        self.line = line
    }

    /// The value under `key`, if any.
    public subscript(key: String) -> TOMLValue? {
        entries.first { $0.key == key }?.value
    }

    /// The keys in file order.
    public var keys: [String] { entries.map(\.key) }

    /// True when the table has no entries.
    public var isEmpty: Bool { entries.isEmpty }

    /// Looks up a dotted path of keys: `table.value(at: ["logs", "tail"])`.
    public func value(at path: [String]) -> TOMLValue? {
        guard let first = path.first else { return nil }
        guard let value = self[first] else { return nil }
        if path.count == 1 { return value }
        return value.table?.value(at: Array(path.dropFirst()))
    }
}

extension TOMLTable {
    /// A key path as TOML spells it: bare parts as they are, others quoted (`keys."my key"`).
    static func dottedPath(_ parts: [String]) -> String {
        parts.map { part in
            let bare = !part.isEmpty && part.unicodeScalars.allSatisfy(\.isBareKeyScalar)
            return bare ? part : "\"" + part.escapedForMessage + "\""
        }.joined(separator: ".")
    }
}
