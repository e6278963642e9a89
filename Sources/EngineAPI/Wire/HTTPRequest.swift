/// One HTTP/1.1 request to the Engine API, serialised by hand so that streamed and hijacked
/// answers go through the same byte pipe as plain ones.
public struct HTTPRequest: Sendable, Equatable {
    public enum Method: String, Sendable {
        case get = "GET", post = "POST", delete = "DELETE", put = "PUT", head = "HEAD"
    }

    public var method: Method
    /// The path without the version prefix, e.g. `/containers/json`.
    public var path: String
    public var query: [(String, String)]
    public var headers: [(String, String)]
    public var body: [UInt8]

    public init(
        _ method: Method, _ path: String, query: [(String, String)] = [], headers: [(String, String)] = [],
        body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    public static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
        lhs.method == rhs.method && lhs.path == rhs.path && lhs.body == rhs.body
            && lhs.query.elementsEqual(rhs.query, by: ==) && lhs.headers.elementsEqual(rhs.headers, by: ==)
    }

    /// The request target: the path with a percent-encoded query string.
    public var target: String {
        guard !query.isEmpty else { return path }
        return path + "?" + query.map { "\(Self.percentEncode($0.0))=\(Self.percentEncode($0.1))" }.joined(separator: "&")
    }

    /// The wire bytes. dockerd refuses requests without a `Host` header; any value is accepted.
    public func serialized(versionPrefix: String, host: String = "docker") -> [UInt8] {
        var head = "\(method.rawValue) \(versionPrefix)\(target) HTTP/1.1\r\n"
        head += "Host: \(host)\r\n"
        head += "User-Agent: swdash\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        let hasLength = headers.contains { $0.0.lowercased() == "content-length" }
        if !hasLength && (!body.isEmpty || method == .post || method == .put) {
            head += "Content-Length: \(body.count)\r\n"
        }
        head += "\r\n"
        return Array(head.utf8) + body
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters, so filters in JSON survive.
    public static func percentEncode(_ string: String) -> String {
        var out = ""
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
