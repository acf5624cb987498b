/// Runs async jobs one at a time, in the order they were asked for. Each job waits for the one
/// before it by chaining onto it, so a waiting caller never spins (an earlier version looped on
/// "is one running?" and could hold the actor forever once the running job had finished).
/// The catalogue refreshes through one; SQLite write transactions through another.
actor SerialGate {
    private var tail: Task<Void, Never> = Task {}

    func run<T: Sendable>(_ job: @escaping @Sendable () async throws -> T) async throws -> T {
        let previous = tail
        let work = Task {
            await previous.value
            return try await job()
        }
        tail = Task { _ = try? await work.value }
        return try await work.value
    }
}

/// The catalogue's refresh gate (`SerialGate`), under the name its tests know.
typealias RefreshGate = SerialGate
