import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// Reads the user's keystrokes as raw bytes while a shell session has the terminal, in order,
/// until cancelled. The dashboard's own key reader is paused meanwhile so only one reads fd 0.
final class StdinReader: @unchecked Sendable {
    // Invariant: `source` is created and resumed in init, then only cancelled; Dispatch sources are
    // thread-safe for that, they are just not annotated Sendable.
    let bytes: AsyncStream<[UInt8]>
    private let continuation: AsyncStream<[UInt8]>.Continuation
    private let source: any DispatchSourceRead

    init() {
        (bytes, continuation) = AsyncStream.makeStream(of: [UInt8].self, bufferingPolicy: .unbounded)
        let queue = DispatchQueue(label: "swdash.stdin")
        source = DispatchSource.makeReadSource(fileDescriptor: 0, queue: queue)
        let continuation = self.continuation
        let source = self.source
        source.setEventHandler {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(0, &buffer, buffer.count)
            if count > 0 {
                continuation.yield(Array(buffer[..<count]))
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                // End of input or a dead terminal (hang-up): nothing more will come.
                continuation.finish()
                source.cancel()
            }
        }
        source.resume()
    }

    func cancel() {
        source.cancel()
        continuation.finish()
    }
}

/// Writes all of `bytes` to a file descriptor, across partial writes and interruptions.
func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written > 0 {
            offset += written
        } else if written < 0 && errno == EINTR {
            continue
        } else {
            return  // the terminal is gone; there is nobody left to show this to
        }
    }
}
