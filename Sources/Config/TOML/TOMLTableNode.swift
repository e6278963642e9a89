/// A table while the parser is still filling it in. A reference type so `[a.b]` headers and dotted keys can
/// reach into tables created earlier; it never leaves the parser (`frozen` turns it into a `TOMLTable`).
final class TOMLTableNode {
    /// How the table came to exist; TOML's rules about redefining tables depend on it.
    enum Origin {
        case root
        /// Named by a `[header]` of its own.
        case header
        /// Created on the way to a deeper header (`[a.b]` creates `a`); a later `[a]` may still define it.
        case implicit
        /// Created by a dotted key (`a.b = 1` creates `a`).
        case dotted
        /// An inline `{ … }` table: closed once written.
        case inline
    }

    /// A slot of the table: a finished value or a table that may still grow.
    enum Slot {
        case value(TOMLValue)
        case table(TOMLTableNode)

        var line: Int {
            switch self {
            case .value(let value): value.line
            case .table(let node): node.line
            }
        }
    }

    var origin: Origin
    var line: Int
    private(set) var keys: [String] = []
    private var slots: [String: Slot] = [:]

    init(origin: Origin, line: Int) {
        self.origin = origin
        self.line = line
    }

    subscript(key: String) -> Slot? {
        slots[key]
    }

    func set(_ slot: Slot, for key: String) {
        if slots[key] == nil { keys.append(key) }
        slots[key] = slot
    }

    /// The finished, immutable table.
    var frozen: TOMLTable {
        let entries = keys.compactMap { key -> TOMLTable.Entry? in
            switch slots[key] {
            case .value(let value): TOMLTable.Entry(key: key, value: value)
            case .table(let node): TOMLTable.Entry(key: key, value: TOMLValue(.table(node.frozen), line: node.line))
            case nil: nil
            }
        }
        return TOMLTable(entries: entries, line: line)
    }
}
