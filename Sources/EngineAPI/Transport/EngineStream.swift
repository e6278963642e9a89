import Synchronization

/// A single-consumer async sequence fed by a producer task, with back-pressure: the producer waits
/// while `bufferLimit` elements are unread, so a chatty stream cannot grow memory without bound.
/// The producer starts when iteration starts, and is cancelled (closing its connection) when the
/// consumer stops iterating, is cancelled, or drops the iterator.
public struct EngineStream<Element: Sendable>: AsyncSequence, Sendable {
    public typealias Producer = @Sendable (Sink) async throws -> Void

    private let bufferLimit: Int
    private let producer: Producer

    public init(bufferLimit: Int = 64, producer: @escaping Producer) {
        self.bufferLimit = Swift.max(1, bufferLimit)
        self.producer = producer
    }

    /// A stream that yields the given elements, then ends (for fakes and tests).
    public static func just(_ elements: [Element], thenThrow error: (any Error)? = nil) -> EngineStream {
        EngineStream { sink in
            for element in elements { try await sink.yield(element) }
            if let error { throw error }
        }
    }

    public func makeAsyncIterator() -> Iterator {
        let storage = Storage(limit: bufferLimit)
        let producer = self.producer
        let task = Task {
            do {
                try await producer(Sink(storage: storage))
                storage.finish(nil)
            } catch {
                storage.finish(error)
            }
        }
        storage.attach(task)
        return Iterator(storage: storage, token: Token(storage: storage))
    }

    /// The producer's handle: `yield` suspends while the consumer is behind.
    public struct Sink: Sendable {
        fileprivate let storage: Storage
        public func yield(_ element: Element) async throws {
            try await storage.push(element)
        }
    }

    public struct Iterator: AsyncIteratorProtocol {
        fileprivate let storage: Storage
        fileprivate let token: Token

        public mutating func next() async throws -> Element? {
            try await withTaskCancellationHandler {
                try await storage.pop()
            } onCancel: { [storage] in
                storage.cancel()
            }
        }
    }

    /// Cancels the producer when the last copy of the iterator goes away.
    fileprivate final class Token: Sendable {
        let storage: Storage
        init(storage: Storage) { self.storage = storage }
        deinit { storage.cancel() }
    }

    fileprivate enum PushOutcome {
        case resumeConsumer(CheckedContinuation<Element?, any Error>), done, wait, cancelled
    }

    fileprivate enum PopOutcome {
        case element(Element, CheckedContinuation<Void, any Error>?)
        case end((any Error)?)
        case wait
    }

    fileprivate final class Storage: Sendable {
        struct State {
            var buffer: [Element] = []
            var head = 0
            var ended = false
            var error: (any Error)?
            var consumer: CheckedContinuation<Element?, any Error>?
            var producer: CheckedContinuation<Void, any Error>?
            var task: Task<Void, Never>?
            var cancelled = false

            var count: Int { buffer.count - head }

            mutating func take() -> Element {
                let element = buffer[head]
                head += 1
                if head > 64 && head * 2 > buffer.count {
                    buffer.removeFirst(head)
                    head = 0
                }
                return element
            }
        }

        let limit: Int
        let state = Mutex(State())

        init(limit: Int) { self.limit = limit }

        func attach(_ task: Task<Void, Never>) {
            let cancelNow = state.withLock { s in
                s.task = task
                return s.cancelled
            }
            if cancelNow { task.cancel() }
        }

        func push(_ element: Element) async throws {
            try Task.checkCancellation()
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let next: PushOutcome = state.withLock { s in
                    if s.cancelled || s.ended { return .cancelled }
                    if let consumer = s.consumer {
                        s.consumer = nil
                        return .resumeConsumer(consumer)
                    }
                    s.buffer.append(element)
                    if s.count >= limit {
                        s.producer = continuation
                        return .wait
                    }
                    return .done
                }
                switch next {
                case .resumeConsumer(let consumer):
                    consumer.resume(returning: element)
                    continuation.resume()
                case .done: continuation.resume()
                case .wait: break
                case .cancelled: continuation.resume(throwing: CancellationError())
                }
            }
        }

        func pop() async throws -> Element? {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Element?, any Error>) in
                let next: PopOutcome = state.withLock { s in
                    if s.count > 0 {
                        let element = s.take()
                        let producer = s.producer
                        s.producer = nil
                        return .element(element, producer)
                    }
                    if s.ended || s.cancelled {
                        let error = s.error
                        s.error = nil
                        return .end(error)
                    }
                    s.consumer = continuation
                    return .wait
                }
                switch next {
                case .element(let element, let producer):
                    producer?.resume()
                    continuation.resume(returning: element)
                case .end(let error):
                    if let error { continuation.resume(throwing: error) } else { continuation.resume(returning: nil) }
                case .wait: break
                }
            }
        }

        func finish(_ error: (any Error)?) {
            let (consumer, failure): (CheckedContinuation<Element?, any Error>?, (any Error)?) = state.withLock { s in
                s.ended = true
                // A producer ended by our own cancellation is not an error the consumer needs to see.
                if !s.cancelled, !(error is CancellationError) { s.error = error }
                guard s.count == 0, let consumer = s.consumer else { return (nil, nil) }
                s.consumer = nil
                defer { s.error = nil }
                return (consumer, s.error)
            }
            guard let consumer else { return }
            if let failure { consumer.resume(throwing: failure) } else { consumer.resume(returning: nil) }
        }

        func cancel() {
            let (task, consumer, producer) = state.withLock { s in
                s.cancelled = true
                let result = (s.task, s.consumer, s.producer)
                s.consumer = nil
                s.producer = nil
                return result
            }
            task?.cancel()
            consumer?.resume(returning: nil)
            producer?.resume(throwing: CancellationError())
        }
    }
}
