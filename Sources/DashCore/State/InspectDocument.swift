import EngineAPI

/// Turns `docker inspect` data into the sections a person reads: state, command, ports, mounts,
/// networks, environment, labels.
public enum InspectDocument {
    public static func lines(_ d: ContainerDetails) -> [InspectLine] {
        var out: [InspectLine] = [.heading("Container")]
        out.append(.field("Name", d.displayName))
        out.append(.field("ID", d.id))
        out.append(.field("Image", d.config?.image ?? d.image ?? "?"))
        if let created = d.created { out.append(.field("Created", created)) }

        out.append(.heading("State"))
        if let state = d.state {
            out.append(.field("Status", state.status ?? "?"))
            if let pid = state.pid, pid > 0 { out.append(.field("PID", String(pid))) }
            if let started = state.startedAt { out.append(.field("Started", started)) }
            if state.running != true, let finished = state.finishedAt, !finished.hasPrefix("0001") {
                out.append(.field("Finished", finished))
                out.append(.field("Exit code", String(state.exitCode ?? 0)))
            }
            if state.oomKilled == true { out.append(.field("OOM killed", "yes")) }
            if let error = state.error, !error.isEmpty { out.append(.field("Error", error)) }
            if let health = state.health {
                out.append(.field("Health", "\(health.status ?? "?") (failing streak \(health.failingStreak ?? 0))"))
                if let last = health.log?.last?.output?.split(separator: "\n").first {
                    out.append(.field("Last probe", String(last)))
                }
            }
        }
        let policy = d.hostConfig?.restartPolicy
        let retries = (policy?.maximumRetryCount ?? 0) > 0 ? " (max \(policy?.maximumRetryCount ?? 0))" : ""
        out.append(.field("Restart policy", (policy?.name.flatMap { $0.isEmpty ? nil : $0 } ?? "no") + retries))
        out.append(.field("Restart count", String(d.restartCount ?? 0)))

        out.append(.heading("Command"))
        out.append(.field("Entrypoint", d.config?.entrypoint.map { $0.values.joined(separator: " ") } ?? ""))
        out.append(.field("Command", ([d.path ?? ""] + (d.args ?? [])).joined(separator: " ").trimmingLeadingSpace))
        if let dir = d.config?.workingDir, !dir.isEmpty { out.append(.field("Working dir", dir)) }
        if let user = d.config?.user, !user.isEmpty { out.append(.field("User", user)) }
        out.append(.field("TTY", d.hasTTY ? "yes" : "no"))

        out.append(.heading("Ports"))
        let ports = (d.networkSettings?.ports ?? [:]).sorted { $0.key < $1.key }
        if ports.isEmpty { out.append(.field("", "none")) }
        for (port, bindings) in ports {
            let published = (bindings ?? []).map { "\($0.hostIp.flatMap { $0.isEmpty ? nil : $0 } ?? "0.0.0.0"):\($0.hostPort ?? "?")" }
            out.append(.field(port, published.isEmpty ? "exposed" : published.joined(separator: ", ")))
        }

        out.append(.heading("Mounts"))
        if (d.mounts ?? []).isEmpty { out.append(.field("", "none")) }
        for mount in d.mounts ?? [] {
            let source = mount.type == "volume" ? (mount.name ?? "?") : (mount.source ?? "?")
            let mode = mount.rw == false ? " (read-only)" : ""
            out.append(.field(mount.destination, "\(mount.type ?? "?") \(source)\(mode)"))
        }

        out.append(.heading("Networks"))
        let networks = (d.networkSettings?.networks ?? [:]).sorted { $0.key < $1.key }
        if networks.isEmpty { out.append(.field("", d.hostConfig?.networkMode ?? "none")) }
        for (name, endpoint) in networks {
            let ip = endpoint.ipAddress.flatMap { $0.isEmpty ? nil : $0 } ?? "no address"
            out.append(.field(name, ip + (endpoint.gateway.flatMap { $0.isEmpty ? nil : " via \($0)" } ?? "")))
        }

        out.append(.heading("Environment"))
        if (d.config?.env ?? []).isEmpty { out.append(.field("", "none")) }
        for variable in d.config?.env ?? [] {
            let parts = variable.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            out.append(.field(String(parts[0]), parts.count > 1 ? String(parts[1]) : ""))
        }

        out.append(.heading("Labels"))
        let labels = (d.config?.labels ?? [:]).sorted { $0.key < $1.key }
        if labels.isEmpty { out.append(.field("", "none")) }
        for (key, value) in labels { out.append(.field(key, value)) }
        return out
    }
}

extension String {
    var trimmingLeadingSpace: String { String(drop { $0 == " " }) }
}
