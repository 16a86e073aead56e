/// How `rolecall serve` listens and what it tolerates.
public struct ServerSettings: Sendable {
    /// The address to bind; loopback unless the user asks for more.
    public var host = "127.0.0.1"
    /// The TCP port (0 picks a free one; the banner prints the one bound).
    public var port = 4566
    /// Largest request body accepted (IAM's largest parameter, a policy document, is 131,072
    /// characters; URL-encoding can triple it).
    public var maximumBodyBytes = 1 << 20
    /// A connection with nothing to read or write for this long is closed (this also bounds a
    /// client that stops sending mid-body).
    public var idleTimeoutSeconds: Int64 = 30
    /// A request's head (request line and headers) must arrive within this many seconds of the
    /// connection opening or the previous response.
    public var headerTimeoutSeconds: Int64 = 10
    /// Connections served at once; more wait in the listen backlog.
    public var maximumConnections = 256
    /// The largest total size of one request's header fields.
    public var maximumHeaderBytes = 32 * 1024
    /// No per-request line on stderr.
    public var quiet = false

    /// Defaults: loopback, port 4566.
    public init() {}

    /// Whether `host` is a loopback address (anything else exposes the lab to the network).
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
