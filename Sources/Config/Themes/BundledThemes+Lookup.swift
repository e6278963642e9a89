/// Finding an embedded theme by name.
extension BundledThemes {
    /// The bundled theme names, sorted.
    public static var names: [String] { files.map(\.name) }

    /// The text of the bundled theme `name`, if there is one.
    public static func text(named name: String) -> String? {
        files.first { $0.name == name }?.text
    }
}
