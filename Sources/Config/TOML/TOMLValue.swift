/// One TOML value and the line it was written on (1-based), so warnings can point at it.
public struct TOMLValue: Sendable, Equatable {
    /// What the value is.
    public enum Kind: Sendable, Equatable {
        /// A basic ("…") or literal ('…') string, escapes already resolved.
        case string(String)
        /// A decimal, hex, octal or binary integer that fits in `Int`.
        case integer(Int)
        /// A float, including `inf` and `nan`.
        case float(Double)
        /// `true` or `false`.
        case boolean(Bool)
        /// An array; its elements keep their own lines.
        case array([TOMLValue])
        /// A table: a `[header]` section, a dotted-key table or an inline `{ … }` table.
        case table(TOMLTable)
    }

    public var kind: Kind
    public var line: Int

    public init(_ kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }

    /// The string, if this is one.
    public var string: String? {
        if case .string(let value) = kind { return value }
        return nil
    }

    /// The integer, if this is one.
    public var integer: Int? {
        if case .integer(let value) = kind { return value }
        return nil
    }

    /// The number as a `Double`: floats and integers alike.
    public var number: Double? {
        switch kind {
        case .float(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }

    /// The boolean, if this is one.
    public var boolean: Bool? {
        if case .boolean(let value) = kind { return value }
        return nil
    }

    /// The elements, if this is an array.
    public var array: [TOMLValue]? {
        if case .array(let value) = kind { return value }
        return nil
    }

    /// The table, if this is one.
    public var table: TOMLTable? {
        if case .table(let value) = kind { return value }
        return nil
    }

    /// How the value reads in a message: strings quoted, tables and long arrays abbreviated.
    public var shortText: String {
        switch kind {
        case .string(let value):
            let clipped = value.count > 40 ? String(value.prefix(40)) + "…" : value
            return "\"" + clipped.escapedForMessage + "\""
        case .integer(let value): return String(value)
        case .float(let value): return String(value)
        case .boolean(let value): return value ? "true" : "false"
        case .array(let values):
            let inner = values.prefix(4).map(\.shortText).joined(separator: ", ")
            return "[" + inner + (values.count > 4 ? ", …]" : "]")
        case .table: return "a table"
        }
    }
}
