import TermRender

/// Shells, commands and attach sessions in containers, and the prompt that asks for a command.
extension Reducer {
    static func interactive(_ state: inout AppState, _ command: Command) -> [Effect] {
        guard state.pane == .containers, !state.interactiveActive, let id = state[list: .containers].cursorID,
            let container = state.containers[id]
        else { return [] }
        let phase = ContainerPhase(container)
        guard phase.isRunning else {
            let why = phase == .paused ? "is paused: unpause it first (p)" : "is not running: start it first (u)"
            state.message = StatusMessage("\(container.name) \(why)", kind: .error, at: state.now)
            return []
        }
        switch command {
        case .execCommand:
            state.prompt = Prompt(label: "run in \(container.name):", purpose: .execCommand(containerID: id, name: container.name))
            return []
        case .attach:
            return startInteractive(&state, InteractiveRequest(kind: .attach, containerID: id, name: container.name))
        default:
            return startInteractive(
                &state,
                InteractiveRequest(kind: .shell, containerID: id, name: container.name, preferredShell: state.settings.execShell))
        }
    }

    static func startInteractive(_ state: inout AppState, _ request: InteractiveRequest) -> [Effect] {
        state.interactiveActive = true
        state.message = StatusMessage("opening \(request.name)…", kind: .busy, at: state.now)
        return [.interactive(request)]
    }

    static func interactiveFinished(_ state: inout AppState, _ outcome: InteractiveOutcome) -> [Effect] {
        state.interactiveActive = false
        state.message = StatusMessage(outcome.summary, kind: outcome.error == nil ? .info : .error, at: state.now)
        return []
    }

    static func editPrompt(_ state: inout AppState, _ key: KeyEvent) -> [Effect] {
        if let handled = commandLineKey(&state, key) { return handled }
        guard var prompt = state.prompt else { return [] }
        switch key {
        case .escape:
            state.prompt = nil
            state.message = StatusMessage("cancelled", kind: .info, at: state.now)
            return []
        case .backspace:
            if !prompt.text.isEmpty { prompt.text.removeLast() }
        case .ctrl("u"):
            prompt.text = ""
        case .char(let character):
            prompt.text.append(character)
        case .enter:
            state.prompt = nil
            switch prompt.purpose {
            case .execCommand(let id, let name):
                do {
                    let argv = try ArgumentSplitter.split(prompt.text)
                    return startInteractive(&state, InteractiveRequest(kind: .command(argv), containerID: id, name: name))
                } catch {
                    state.message = StatusMessage("cannot run that: \(error)", kind: .error, at: state.now)
                    return []
                }
            case .commandLine:
                return runCommandLine(&state, prompt.text)
            case .logSearch, .logFilter, .saveLog:
                return submitLogPrompt(&state, prompt.purpose, prompt.text)
            }
        default:
            return []
        }
        state.prompt = prompt
        return []
    }
}
