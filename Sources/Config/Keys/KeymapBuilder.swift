import DashCore
import TermRender

/// Applies the `[keys]` table of a config file to the default binding tables. An override replaces a
/// command's keys in a scope; a key taken from another command in the same scope is moved (with a warning
/// naming both); unknown commands, scopes and key names are warnings; so is a new key that another scope's
/// binding hides or that hides one.
struct KeymapBuilder {
    let file: String
    private(set) var warnings: [ConfigWarning] = []
    private(set) var bindings: [Binding] = []
    /// What the user changed: for the precedence checks once every override is in.
    private var changes: [(override: KeyOverride, scope: Binding.Scope, added: [KeyEvent])] = []

    init(file: String) {
        self.file = file
    }

    /// The keymap: `base` with every override of `table` applied, plain `[keys]` entries first and
    /// `[keys.SCOPE]` tables after them, so the more specific one wins.
    mutating func build(from table: TOMLTable, base: [Binding] = Keymap.defaultBindings) -> Keymap {
        let overrides = parse(table)
        bindings = base
        for override in overrides where override.scope == nil { apply(override, base: base) }
        for override in overrides where override.scope != nil { apply(override, base: base) }
        reportPrecedence()
        return Keymap(bindings: bindings)
    }

    /// The overrides a `[keys]` table asks for, in file order; what cannot be understood becomes a warning.
    mutating func parse(_ table: TOMLTable) -> [KeyOverride] {
        var overrides: [KeyOverride] = []
        for entry in table.entries {
            let path = TOMLTable.dottedPath(["keys", entry.key])
            guard let scopeTable = entry.value.table else {
                if let override = parseOverride(entry, scope: nil, path: path) { overrides.append(override) }
                continue
            }
            guard let scope = KeyScopeName.scope(named: entry.key) else {
                let names = KeyScopeName.all.map(\.name).joined(separator: ", ")
                let message = Command(configName: entry.key) != nil
                    ? "expected a key name or a list of key names, got a table"
                    : "unknown scope; [keys.SCOPE] takes one of \(names)"
                warn(line: entry.value.line, key: path, message)
                continue
            }
            for inner in scopeTable.entries {
                let innerPath = TOMLTable.dottedPath(["keys", entry.key, inner.key])
                if let override = parseOverride(inner, scope: scope, path: innerPath) { overrides.append(override) }
            }
        }
        return overrides
    }

    private mutating func parseOverride(_ entry: TOMLTable.Entry, scope: Binding.Scope?, path: String) -> KeyOverride? {
        let value = entry.value
        guard let command = Command(configName: entry.key) else {
            let name = entry.key.escapedForMessage
            warn(line: value.line, key: path, "unknown command \"\(name)\" (docs/CONFIG.md lists them)")
            return nil
        }
        let names: [TOMLValue]
        if value.string != nil {
            names = [value]
        } else if let array = value.array, array.allSatisfy({ $0.string != nil }) {
            names = array
        } else {
            warn(line: value.line, key: path, "expected a key name or a list of key names, got \(value.shortText)")
            return nil
        }
        var keys: [KeyEvent] = []
        var rejected = 0
        for name in names {
            do {
                let key = try KeyEvent(parsing: name.string ?? "")
                guard key != .resize else {
                    rejected += 1
                    warn(line: name.line, key: path, "\"resize\" is not a key")
                    continue
                }
                if !keys.contains(key) { keys.append(key) }
            } catch {
                rejected += 1
                warn(line: name.line, key: path, error.configMessage + " — skipped")
            }
        }
        if keys.isEmpty && rejected > 0 {
            warn(line: value.line, key: path, "no usable key left — \(command.rawValue) keeps its default keys")
            return nil
        }
        return KeyOverride(command: command, scope: scope, keys: keys, line: value.line, path: path)
    }

    /// Replaces the command's keys in each scope the override covers and moves keys away from other commands.
    private mutating func apply(_ override: KeyOverride, base: [Binding]) {
        let command = override.command
        let defaultScopes = base.filter { $0.command == command }.map(\.scope)
        let scopes = override.scope.map { [$0] } ?? (defaultScopes.isEmpty ? [command.homeScope] : defaultScopes.uniqued)
        for scope in scopes {
            takeKeys(override.keys, from: command, in: scope, for: override)
            if let index = bindings.firstIndex(where: { $0.scope == scope && $0.command == command }) {
                bindings[index].keys = override.keys
            } else if !override.keys.isEmpty {
                let template = base.first { $0.command == command }
                let binding = Binding(
                    override.keys, command, template?.label ?? command.readableName, scope: scope,
                    hint: template?.hint ?? command.mutates)
                let after = bindings.lastIndex { $0.scope == scope }.map { $0 + 1 } ?? bindings.endIndex
                bindings.insert(binding, at: after)
            }
            let before = base.first { $0.scope == scope && $0.command == command }?.keys ?? []
            changes.append((override, scope, override.keys.filter { !before.contains($0) }))
        }
    }

    /// Takes `keys` away from every other command bound in `scope`, warning about each.
    private mutating func takeKeys(
        _ keys: [KeyEvent], from command: Command, in scope: Binding.Scope, for override: KeyOverride
    ) {
        for index in bindings.indices where bindings[index].scope == scope && bindings[index].command != command {
            let other = bindings[index]
            let taken = other.keys.filter { keys.contains($0) }
            guard !taken.isEmpty else { continue }
            bindings[index].keys.removeAll { keys.contains($0) }
            for key in taken {
                var message = "conflict: \(key.configText) was bound to \(other.command.rawValue) in "
                    + "\(KeyScopeName.shown(scope)); it now does \(command.rawValue) there"
                if bindings[index].keys.isEmpty { message += " and \(other.command.rawValue) has no key left there" }
                warn(line: override.line, key: override.path, message)
            }
        }
    }

    mutating func warn(line: Int, key: String, _ message: String) {
        let warning = ConfigWarning(file: file, line: line, key: key, message: message)
        if !warnings.contains(warning) { warnings.append(warning) }
    }

    /// After every override: a new key that a more specific binding hides, or that hides a less specific one.
    private mutating func reportPrecedence() {
        let keymap = Keymap(bindings: bindings)
        for change in changes {
            let command = change.override.command
            let current = bindings.first { $0.scope == change.scope && $0.command == command }?.keys ?? []
            // A key a later override took away was reported as a conflict already.
            for key in change.added where current.contains(key) {
                for (context, shown) in KeyScopeName.contexts {
                    let chain = keymap.bindings(in: context)
                    guard chain.contains(where: { $0.scope == change.scope && $0.command == change.override.command })
                    else { continue }
                    let holders = chain.filter { $0.keys.contains(key) }
                    guard let winner = holders.first else { continue }
                    if winner.command != command {
                        warn(
                            line: change.override.line, key: change.override.path,
                            "\(key.configText) does \(winner.command.rawValue) in \(shown) (bound in "
                                + "\(KeyScopeName.name(of: winner.scope))), so it will not do \(command.rawValue) there")
                    } else if let hidden = holders.first(where: { $0.command != command }) {
                        warn(
                            line: change.override.line, key: change.override.path,
                            "\(key.configText) now does \(command.rawValue) in \(shown) instead of "
                                + "\(hidden.command.rawValue) (bound in \(KeyScopeName.name(of: hidden.scope)))")
                    }
                }
            }
        }
    }
}
