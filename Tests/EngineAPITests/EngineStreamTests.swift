import Synchronization
import Testing
@testable import EngineAPI

@Suite struct EngineStreamTests {
    @Test func deliversInOrderAndEnds() async throws {
        var seen: [Int] = []
        for try await n in EngineStream<Int>.just(Array(0..<100)) { seen.append(n) }
        #expect(seen == Array(0..<100))
    }

    @Test func producerWaitsForASlowConsumer() async throws {
        let produced = Flag()
        let stream = EngineStream<Int>(bufferLimit: 4) { sink in
            for n in 0..<1000 {
                try await sink.yield(n)
                produced.count.add(1, ordering: .relaxed)
            }
        }
        var iterator = stream.makeAsyncIterator()
        _ = try await iterator.next()
        try await Task.sleep(for: .milliseconds(100))
        // With one element taken and a buffer of 4, the producer cannot be far ahead.
        let ahead = produced.count.load(ordering: .relaxed)
        #expect(ahead <= 6)
    }

    @Test func stoppingEarlyCancelsTheProducer() async throws {
        let cancelled = Flag()
        let stream = EngineStream<Int>(bufferLimit: 2) { sink in
            do {
                var n = 0
                while true {
                    try await sink.yield(n)
                    n += 1
                }
            } catch {
                cancelled.set.store(true, ordering: .relaxed)
                throw error
            }
        }
        for try await n in stream where n == 3 { break }
        for _ in 0..<50 where !cancelled.set.load(ordering: .relaxed) { try await Task.sleep(for: .milliseconds(10)) }
        let wasCancelled = cancelled.set.load(ordering: .relaxed)
        #expect(wasCancelled)
    }

    @Test func consumerTaskCancellationEndsTheStream() async throws {
        let stream = EngineStream<Int> { _ in try await Task.sleep(for: .seconds(60)) }
        let task = Task {
            var count = 0
            for try await _ in stream { count += 1 }
            return count
        }
        try await Task.sleep(for: .milliseconds(50))
        task.cancel()
        #expect(try await task.value == 0)
    }

    @Test func producerErrorsReachTheConsumerAfterTheElements() async throws {
        struct Boom: Error {}
        var seen: [Int] = []
        await #expect(throws: Boom.self) {
            for try await n in EngineStream<Int>.just([1, 2], thenThrow: Boom()) { seen.append(n) }
        }
        #expect(seen == [1, 2])
    }
}

/// Shared counters for producer closures.
final class Flag: Sendable {
    let count = Atomic<Int>(0)
    let set = Atomic<Bool>(false)
}
