/// Why a terminal could not be set up.
public enum TerminalError: Error, Equatable, Sendable {
    /// The given file descriptor (stdin or stdout) is not a terminal.
    case notATerminal(fileDescriptor: Int32)
    /// curses could not start for this `TERM` (unset or without a terminfo entry).
    case unsupportedTerminal(term: String?)
}
