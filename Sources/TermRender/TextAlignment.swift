/// Where text sits inside a wider column.
public enum TextAlignment: Hashable, Sendable {
    case leading
    case trailing
    case center
}
