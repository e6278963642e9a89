/// The status line and headers of an HTTP/1.1 response.
public struct HTTPResponseHead: Sendable, Equatable {
    public var status: Int
    public var reason: String
    /// Header names are kept lower-cased; repeated headers keep their last value.
    public var headers: [String: String]

    public init(status: Int, reason: String, headers: [String: String]) {
        self.status = status
        self.reason = reason
        self.headers = headers
    }

    public subscript(header name: String) -> String? { headers[name.lowercased()] }

    public var isChunked: Bool { self[header: "transfer-encoding"]?.lowercased().contains("chunked") ?? false }
    public var contentLength: Int? { self[header: "content-length"].flatMap { Int($0.trimmingSpaces) } }
    public var isUpgrade: Bool { status == 101 }

    /// Parses the bytes before the blank line (without it). Returns nil for anything that is not HTTP/1.x.
    static func parse(_ bytes: ArraySlice<UInt8>) -> HTTPResponseHead? {
        guard let text = String(validating: bytes, as: UTF8.self) ?? String(bytes: bytes, encoding8859: ()) else {
            return nil
        }
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return nil }
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]), (100...599).contains(status)
        else { return nil }
        var headers: [String: String] = [:]
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            headers[line[..<colon].lowercased()] = String(line[line.index(after: colon)...]).trimmingSpaces
        }
        return HTTPResponseHead(status: status, reason: parts.count > 2 ? String(parts[2]) : "", headers: headers)
    }
}

extension String {
    /// Latin-1 decoding: never fails, so odd header bytes cannot crash the parser.
    init?(bytes: ArraySlice<UInt8>, encoding8859: Void) {
        var s = ""
        s.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
        self = s
    }

    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let f = scalars.first, f == " " || f == "\t" { scalars.removeFirst() }
        while let l = scalars.last, l == " " || l == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}

extension String {
    var trimmingNewlines: String {
        var s = Substring(self)
        while let l = s.last, l.isNewline || l == " " { s.removeLast() }
        while let f = s.first, f.isNewline || f == " " { s.removeFirst() }
        return String(s)
    }
}
