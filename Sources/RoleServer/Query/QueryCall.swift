/// A request with its Query parameters decoded once, and whether it names an operation that
/// writes: the server decides where it runs, and the endpoint how it reads the lab, from that.
public struct QueryCall: Sendable {
    /// The request as it arrived.
    public let request: SignedRequest
    /// The query string's fields (where a presigned request carries its signature).
    public let queryFields: [String: String]
    /// Every field: a POST body's over the query string's, a later field over an earlier one.
    public let fields: [String: String]
    /// Whether `Action` (of the service `Version` names) is an operation that writes to the lab.
    /// Unknown or missing actions count as reads: they are refused without the write side.
    public let writes: Bool

    /// Decodes the query string and, for a POST, the form-encoded body.
    public init(_ request: SignedRequest) {
        self.request = request
        var fields: [String: String] = [:]
        let query = Array(request.query.utf8)
        fields.reserveCapacity(query.count(where: { $0 == UInt8(ascii: "&") }) + 1)
        FormEncoding.decode(query) { fields[$0] = $1 }
        queryFields = fields
        if request.method == "POST" {
            FormEncoding.decode(request.body) { fields[$0] = $1 }
        }
        self.fields = fields
        let service = Self.service(versionedBy: fields)
        writes = fields["Action"].flatMap { ServedOperations.writes($0, service: service) } ?? false
    }

    /// `iam` or `sts`, from `Version` (before the signature's scope is known).
    var serviceFromVersion: String { Self.service(versionedBy: fields) }

    private static func service(versionedBy fields: [String: String]) -> String {
        fields["Version"] == "2011-06-15" ? "sts" : "iam"
    }
}
