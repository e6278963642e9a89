/// Text dumps for snapshot tests and debugging.
extension Screen {
    /// The screen as text: rows joined by "\n", each row with its trailing spaces trimmed (so snapshot files
    /// carry no invisible trailing whitespace). Wide graphemes appear once, their continuation cell adds nothing,
    /// so every line's display width equals the columns it covers up to its last non-space cell.
    public var plainText: String {
        (0..<size.rows).map { y in
            var line = row(y).map(\.text).joined()
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// One character per cell naming its style's role (`Role.mapLetter`), rows joined by "\n", nothing trimmed.
    /// Attributes are not shown; the continuation cell of a wide grapheme repeats its role.
    public var roleMap: String {
        (0..<size.rows).map { y in
            String(row(y).map(\.style.role.mapLetter))
        }.joined(separator: "\n")
    }

    /// "letter = role" lines for the roles that appear on this screen (or all of them), to print beside a `roleMap`.
    public func roleMapLegend(allRoles: Bool = false) -> String {
        let used = Set(cells.map(\.style.role))
        return Role.allCases
            .filter { allRoles || used.contains($0) }
            .map { "\($0.mapLetter) = \($0.rawValue)" }
            .joined(separator: "\n")
    }
}
