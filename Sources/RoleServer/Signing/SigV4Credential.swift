/// The signature fields of a SigV4 request, read from the `Authorization` header
/// (`AWS4-HMAC-SHA256 Credential=AKID/20261206/us-east-1/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature=…`)
/// or from a presigned query string (`X-Amz-Algorithm`, `X-Amz-Credential`, ...).
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-signing-elements.html
public struct SigV4Credential: Sendable, Equatable {
    /// The access key ID.
    public var accessKeyID: String
    /// `YYYYMMDD` of the credential scope.
    public var scopeDate: String
    /// The scope's region (`us-east-1`).
    public var region: String
    /// The scope's service (`iam`, `sts`).
    public var service: String
    /// Lower-case header names, in the order given.
    public var signedHeaders: [String]
    /// The hex signature.
    public var signature: String
    /// `X-Amz-Date` (`20261206T235406Z`).
    public var amzDate: String
    /// `X-Amz-Security-Token`, for temporary credentials.
    public var securityToken: String?
    /// For a presigned request: `X-Amz-Expires` in seconds.
    public var expires: Int?

    /// Creates signature fields (the server reads them with `read`; clients that sign use this).
    public init(accessKeyID: String, scopeDate: String, region: String, service: String, signedHeaders: [String],
                signature: String, amzDate: String, securityToken: String?, expires: Int?) {
        self.accessKeyID = accessKeyID
        self.scopeDate = scopeDate
        self.region = region
        self.service = service
        self.signedHeaders = signedHeaders
        self.signature = signature
        self.amzDate = amzDate
        self.securityToken = securityToken
        self.expires = expires
    }

    /// The credential scope `20261206/us-east-1/iam/aws4_request`.
    public var scope: String { "\(scopeDate)/\(region)/\(service)/aws4_request" }

    /// Why a request's signature fields cannot be read, as AWS says it.
    public enum Problem: Error, Sendable, Equatable {
        /// No `Authorization` header and no `X-Amz-Algorithm`: `MissingAuthenticationToken`.
        case missing
        /// Present but unusable: `IncompleteSignature` with AWS's text.
        case incomplete(String)
    }

    /// Reads the signature fields of `request`; `query` are its decoded query parameters.
    public static func read(_ request: SignedRequest, query: [String: String]) throws(Problem) -> SigV4Credential {
        if let authorization = request.header("authorization") {
            return try fromHeader(authorization, request: request)
        }
        if query["X-Amz-Algorithm"] != nil || query["X-Amz-Signature"] != nil || query["X-Amz-Credential"] != nil {
            return try fromQuery(query)
        }
        throw .missing
    }

    private static func fromHeader(_ header: String, request: SignedRequest) throws(Problem) -> SigV4Credential {
        guard let fields = AuthorizationFields(header) else {
            throw .incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=\(header)")
        }
        func missing(_ name: String) -> Problem {
            .incomplete("Authorization header requires '\(name)' parameter. Authorization=\(header)")
        }
        guard let credential = fields.credential else { throw missing("Credential") }
        guard let signedHeaders = fields.signedHeaders else { throw missing("SignedHeaders") }
        guard let signature = fields.signature else { throw missing("Signature") }
        guard let amzDate = request.header("x-amz-date") else {
            throw .incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=\(header)")
        }
        return try make(credential: credential, signedHeaders: signedHeaders, signature: signature, amzDate: amzDate,
                        token: request.header("x-amz-security-token"), expires: nil)
    }

    /// The three fields of `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`, read
    /// from the header's bytes (every signed call the CLI and SDKs make carries one): comma-
    /// separated, each trimmed of spaces and tabs, name before the first `=`; a later field
    /// of the same name wins, and any other field is ignored.
    private struct AuthorizationFields {
        var credential: String?
        var signedHeaders: String?
        var signature: String?

        /// Nil when the header does not start (after spaces) with `AWS4-HMAC-SHA256 `.
        init?(_ header: String) {
            var header = header
            guard let fields = header.withUTF8({ bytes -> AuthorizationFields? in
                var start = 0
                while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
                let algorithm = "AWS4-HMAC-SHA256 ".utf8
                guard bytes.count - start >= algorithm.count,
                      UnsafeBufferPointer(rebasing: bytes[start..<(start + algorithm.count)]).elementsEqual(algorithm) else { return nil }
                var fields = AuthorizationFields()
                var fieldStart = start + algorithm.count
                while fieldStart <= bytes.count {
                    var fieldEnd = fieldStart
                    while fieldEnd < bytes.count, bytes[fieldEnd] != UInt8(ascii: ",") { fieldEnd += 1 }
                    fields.read(UnsafeBufferPointer(rebasing: bytes[fieldStart..<fieldEnd]))
                    fieldStart = fieldEnd + 1
                }
                return fields
            }) else { return nil }
            self = fields
        }

        private init() {}

        private mutating func read(_ field: UnsafeBufferPointer<UInt8>) {
            let isBlank = SignedRequest.isBlank
            var start = 0
            var end = field.count
            while start < end, isBlank(field[start]) { start += 1 }
            while end > start, isBlank(field[end - 1]) { end -= 1 }
            guard let equals = field[start..<end].firstIndex(of: UInt8(ascii: "=")) else { return }
            let name = UnsafeBufferPointer(rebasing: field[start..<equals])
            let value = String(decoding: UnsafeBufferPointer(rebasing: field[(equals + 1)..<end]), as: UTF8.self)
            if name.elementsEqual("Credential".utf8) {
                credential = value
            } else if name.elementsEqual("SignedHeaders".utf8) {
                signedHeaders = value
            } else if name.elementsEqual("Signature".utf8) {
                signature = value
            }
        }
    }

    private static func fromQuery(_ query: [String: String]) throws(Problem) -> SigV4Credential {
        // Each field is looked up once (this runs on every presigned request).
        let algorithm = query["X-Amz-Algorithm"], credential = query["X-Amz-Credential"], signature = query["X-Amz-Signature"]
        let signedHeaders = query["X-Amz-SignedHeaders"], amzDate = query["X-Amz-Date"]
        for (name, value) in [("X-Amz-Algorithm", algorithm), ("X-Amz-Credential", credential), ("X-Amz-Signature", signature),
                              ("X-Amz-SignedHeaders", signedHeaders), ("X-Amz-Date", amzDate)] where value == nil {
            throw .incomplete("AWS query-string parameters must include '\(name)'. Re-examine the query-string parameters.")
        }
        guard algorithm == "AWS4-HMAC-SHA256" else {
            throw .incomplete("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"")
        }
        var expires: Int?
        if let text = query["X-Amz-Expires"] {
            guard let seconds = Int(text), seconds >= 0 else {
                throw .incomplete("X-Amz-Expires should be a number")
            }
            expires = seconds
        }
        return try make(credential: credential ?? "", signedHeaders: signedHeaders ?? "", signature: signature ?? "",
                        amzDate: amzDate ?? "", token: query["X-Amz-Security-Token"], expires: expires)
    }

    private static func make(credential: String, signedHeaders: String, signature: String, amzDate: String,
                             token: String?, expires: Int?) throws(Problem) -> SigV4Credential {
        let parts = credential.splitUTF8(on: UInt8(ascii: "/"), keepingEmpty: true)
        guard parts.count == 5, !parts[0].isEmpty, parts[4] == "aws4_request" else {
            throw .incomplete("Credential should be scoped to a valid region, not '\(parts.count > 2 ? parts[2] : "")'. ")
        }
        guard parts[1].utf8.count == 8, parts[1].utf8.allSatisfy({ (48...57).contains($0) }) else {
            throw .incomplete("Credential should be scoped to a valid date.")
        }
        guard SigV4Time.parse(amzDate) != nil else {
            throw .incomplete("Date must be in ISO-8601 'basic format'. Got '\(amzDate)'. See http://en.wikipedia.org/wiki/ISO_8601")
        }
        let headers = signedHeaders.splitUTF8(on: UInt8(ascii: ";"), keepingEmpty: false).map(\.lowercasedHeaderName)
        guard !headers.isEmpty else {
            throw .incomplete("Authorization header requires 'SignedHeaders' parameter.")
        }
        return SigV4Credential(accessKeyID: parts[0], scopeDate: parts[1], region: parts[2], service: parts[3],
                               signedHeaders: headers, signature: signature, amzDate: amzDate,
                               securityToken: token.flatMap { $0.isEmpty ? nil : $0 }, expires: expires)
    }
}

extension String {
    /// The pieces of the text between `separator` bytes (an ASCII character), without empty
    /// pieces unless `keepingEmpty`: the server splits every request's credential this way.
    func splitUTF8(on separator: UInt8, keepingEmpty: Bool) -> [String] {
        var text = self
        return text.withUTF8 { bytes in
            var pieces: [String] = []
            pieces.reserveCapacity(bytes.count(where: { $0 == separator }) + 1)
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == separator {
                if keepingEmpty || index > start {
                    pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                }
                start = index + 1
            }
            return pieces
        }
    }

    /// Lower-cased as SigV4 lower-cases header names: ASCII directly (every real header name),
    /// anything else by Unicode's rules.
    var lowercasedHeaderName: String {
        var text = self
        let (upper, ascii) = text.withUTF8 { bytes in
            (bytes.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }, bytes.allSatisfy { $0 < 0x80 })
        }
        guard ascii else { return lowercased() }
        guard upper else { return self }
        return String(decoding: utf8.map(SignedRequest.lowercasedASCII), as: UTF8.self)
    }
}
