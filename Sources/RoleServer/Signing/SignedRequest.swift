/// What SigV4 needs of one HTTP request, independent of the HTTP server: method, path and raw
/// query as received, headers (names in any case, repeated names kept), and the body.
public struct SignedRequest: Sendable {
    /// `GET`, `POST`, ...
    public var method: String
    /// The path as received, still percent-encoded (`/`).
    public var path: String
    /// The raw query string without `?` (may be empty).
    public var query: String
    /// Header fields in arrival order; `host` must be among them.
    public var headers: [(name: String, value: String)]
    /// The request body.
    public var body: [UInt8]

    /// Creates a request.
    public init(method: String, path: String, query: String, headers: [(name: String, value: String)], body: [UInt8]) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The values of header `name` (case-insensitive), in order.
    public func values(of name: String) -> [String] {
        headers.filter { Self.sameName($0.name, name) }.map(\.value)
    }

    /// The first value of header `name`.
    public func header(_ name: String) -> String? {
        headers.first { Self.sameName($0.name, name) }?.value
    }

    /// Whether two header names are the same (ASCII case ignored, as HTTP has it).
    /// Compared over contiguous UTF-8 (a request's headers are looked up about ten times).
    static func sameName(_ lhs: String, _ rhs: String) -> Bool {
        guard lhs.utf8.count == rhs.utf8.count else { return false }
        var lhs = lhs, rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                for index in 0..<left.count where lowercasedASCII(left[index]) != lowercasedASCII(right[index]) { return false }
                return true
            }
        }
    }

    /// `byte` with ASCII upper case lowered (header names, hex digits); other bytes as they are.
    static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Whether `byte` is the blank SigV4 trims from header values and fields: space or tab.
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
