/// Runs `operation`, throwing `EngineError.transport(.timedOut)` if it takes longer than `limit`.
func withDeadline<R: Sendable>(
    _ limit: Duration, host: String, _ operation: @escaping @Sendable () async throws -> R
) async throws -> R {
    try await withThrowingTaskGroup(of: R.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: limit)
            throw DeadlineExceeded()
        }
        defer { group.cancelAll() }
        do {
            guard let result = try await group.next() else { throw CancellationError() }
            return result
        } catch is DeadlineExceeded {
            throw EngineError.transport(.timedOut, host: host)
        }
    }
}

struct DeadlineExceeded: Error {}
