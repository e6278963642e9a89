/// The key reference generated from the binding tables, for the README (a test keeps them equal).
public enum KeymapReference {
    public static func markdownTable(_ keymap: Keymap) -> String {
        var lines = ["| Where | Keys | Does |", "|---|---|---|"]
        let order: [(Binding.Scope, String)] = [
            (.global, "everywhere"), (.lists, "lists"), (.pane(.containers), "containers"), (.pane(.images), "images"),
            (.pane(.volumes), "volumes"), (.logView, "full-screen log"), (.inspectView, "inspect"),
        ]
        for (scope, name) in order {
            for binding in keymap.bindings where binding.scope == scope {
                let keys = binding.keys.map { "`\($0.label(unicode: true).replacingPipe)`" }.joined(separator: " ")
                lines.append("| \(name) | \(keys) | \(binding.label) |")
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate var replacingPipe: String { self == "|" ? "\\|" : self }
}
