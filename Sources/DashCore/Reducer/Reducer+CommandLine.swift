import TermRender

/// `:` and what is typed after it: run, complete (Tab), recall (↑/↓).
extension Reducer {
    static func openCommandLine(_ state: inout AppState) -> [Effect] {
        state.prompt = Prompt(label: ":", purpose: .commandLine)
        state.commandHistoryIndex = nil
        return []
    }

    /// Keys a command line treats specially; nil lets `editPrompt` handle the key.
    static func commandLineKey(_ state: inout AppState, _ key: KeyEvent) -> [Effect]? {
        guard var prompt = state.prompt, prompt.purpose == .commandLine else { return nil }
        switch key {
        case .tab:
            let names = state.containers.values.map(\.name)
            let (text, candidates) = CommandLineParser.complete(prompt.text, containers: names, themes: state.themeNames)
            prompt.text = text
            if !candidates.isEmpty {
                state.message = StatusMessage(candidates.prefix(12).joined(separator: "  "), kind: .info, at: state.now)
            }
        case .up, .down:
            let history = state.commandHistory
            guard !history.isEmpty else { return [] }
            var index = state.commandHistoryIndex ?? history.count
            index = key == .up ? max(0, index - 1) : min(history.count, index + 1)
            state.commandHistoryIndex = index
            prompt.text = index < history.count ? history[index] : ""
        default:
            return nil
        }
        state.prompt = prompt
        return []
    }

    static func runCommandLine(_ state: inout AppState, _ text: String) -> [Effect] {
        let trimmed = text.trimmingCharacters(in: " ")
        guard !trimmed.isEmpty else { return [] }
        if state.commandHistory.last != trimmed { state.commandHistory.append(trimmed) }
        if state.commandHistory.count > 100 { state.commandHistory.removeFirst(state.commandHistory.count - 100) }
        switch CommandLineParser.parse(trimmed) {
        case .failure(let error):
            state.message = StatusMessage(error.description, kind: .error, at: state.now)
            return []
        case .success(let request):
            switch request {
            case .quit: return quit(&state)
            case .pane(let pane): return switchPane(&state, to: pane)
            case .help: return perform(&state, .help)
            case .prune: return perform(&state, .prune)
            case .refresh: return perform(&state, .refresh)
            case .theme(let name):
                return [.setTheme(name)]
            case .filter(let filter):
                state[list: state.pane].filter = filter
                state[list: state.pane].top = 0
                return clampCursor(&state, state.pane) + followSelectedLog(&state, delay: 150)
            case .sort(let key, let descending):
                guard SortKey.choices(for: state.pane).contains(key) else {
                    state.message = StatusMessage("\(state.pane.rawValue) cannot be sorted by \(key.label)", kind: .error, at: state.now)
                    return []
                }
                state[list: state.pane].sort = key
                state[list: state.pane].descending = descending ?? [.cpu, .memory, .size, .created].contains(key)
                state.message = StatusMessage("sorted by \(key.label)", kind: .info, at: state.now)
                return clampCursor(&state, state.pane)
            }
        }
    }
}

extension String {
    func trimmingCharacters(in character: Character) -> String {
        var s = Substring(self)
        while s.first == character { s.removeFirst() }
        while s.last == character { s.removeLast() }
        return String(s)
    }
}
