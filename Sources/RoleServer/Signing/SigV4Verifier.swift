import Crypto
import IAMKit

/// Verifies AWS Signature Version 4 as IAM and STS do: rebuilds the canonical request and the
/// string to sign from what arrived, derives the signing key from the secret, and compares.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
public enum SigV4Verifier {
    /// How far a request's `X-Amz-Date` may be from the server's clock.
    public static let allowedSkew = 15 * 60

    /// A refused signature, with AWS's code and text.
    public struct Failure: Error, Sendable, Equatable {
        /// `SignatureDoesNotMatch`, `IncompleteSignature`, ...
        public var code: String
        /// AWS's message.
        public var message: String

        /// Creates a failure.
        public init(code: String, message: String) {
            self.code = code
            self.message = message
        }
    }

    /// AWS's message for a signature that does not match.
    public static let mismatchMessage = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."

    /// Checks the time window, then the signature of `request` made with `secret`; `now` is
    /// the server's clock in seconds since 1970.
    public static func verify(_ request: SignedRequest, credential: SigV4Credential, secret: String, now: Int) throws(Failure) {
        guard let signedAt = SigV4Time.parse(credential.amzDate) else {
            throw Failure(code: "IncompleteSignature", message: "Date must be in ISO-8601 'basic format'. Got '\(credential.amzDate)'.")
        }
        if let expires = credential.expires {
            // A presigned URL is good from its date for `X-Amz-Expires` seconds.
            if now > signedAt + expires {
                throw Failure(code: "SignatureDoesNotMatch", message: "Signature expired: \(SigV4Time.format(signedAt + expires)) is now earlier than \(SigV4Time.format(now)).")
            }
        } else if signedAt < now - allowedSkew {
            throw Failure(code: "SignatureDoesNotMatch",
                          message: "Signature expired: \(credential.amzDate) is now earlier than \(SigV4Time.format(now - allowedSkew)) (\(SigV4Time.format(now)) - 15 min.)")
        }
        if signedAt > now + allowedSkew {
            throw Failure(code: "SignatureDoesNotMatch",
                          message: "Signature not yet current: \(credential.amzDate) is still later than \(SigV4Time.format(now + allowedSkew)) (\(SigV4Time.format(now)) + 15 min.)")
        }
        guard credential.amzDate.hasPrefix(credential.scopeDate) else {
            throw Failure(code: "SignatureDoesNotMatch",
                          message: "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '\(credential.scopeDate)' != '\(credential.amzDate.prefix(8))', from '\(credential.amzDate)'.")
        }
        guard credential.signedHeaders.contains("host") else {
            throw Failure(code: "SignatureDoesNotMatch", message: "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.")
        }
        let expected = signature(for: request, credential: credential, secret: secret)
        guard constantTimeEqual(expected, credential.signature.lowercased()) else {
            throw Failure(code: "SignatureDoesNotMatch", message: mismatchMessage)
        }
    }

    /// The hex signature `request` should carry when signed with `secret` (also used by the
    /// tests and the benchmark to sign requests).
    public static func signature(for request: SignedRequest, credential: SigV4Credential, secret: String) -> String {
        let canonical = canonicalRequest(request, credential: credential)
        let stringToSign = "AWS4-HMAC-SHA256\n\(credential.amzDate)\n\(credential.scope)\n\(Hex.lowercase(SHA256.hash(data: Array(canonical.utf8))))"
        var key = SymmetricKey(data: Array("AWS4\(secret)".utf8))
        for part in [credential.scopeDate, credential.region, credential.service, "aws4_request"] {
            key = SymmetricKey(data: Array(HMAC<SHA256>.authenticationCode(for: Array(part.utf8), using: key)))
        }
        return Hex.lowercase(HMAC<SHA256>.authenticationCode(for: Array(stringToSign.utf8), using: key))
    }

    /// The canonical request: method, canonical URI, canonical query, canonical headers, signed
    /// headers and the payload hash, one per line.
    static func canonicalRequest(_ request: SignedRequest, credential: SigV4Credential) -> String {
        let presigned = credential.expires != nil || request.header("authorization") == nil
        var pairs: [(String, String)] = []
        for field in request.query.split(separator: "&", omittingEmptySubsequences: true) {
            let name: Substring
            let value: Substring
            if let equals = field.firstIndex(of: "=") {
                name = field[..<equals]
                value = field[field.index(after: equals)...]
            } else {
                name = field
                value = ""
            }
            let decodedName = FormEncoding.unescape(name, plusIsSpace: true)
            if presigned && decodedName == "X-Amz-Signature" { continue }
            pairs.append((FormEncoding.escape(decodedName), FormEncoding.escape(FormEncoding.unescape(value, plusIsSpace: true))))
        }
        pairs.sort { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }
        let query = pairs.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        var headerLines = ""
        for name in credential.signedHeaders {
            let values = request.values(of: name).map(normalizeHeaderValue)
            headerLines += "\(name):\(values.joined(separator: ","))\n"
        }
        let payload = request.header("x-amz-content-sha256") ?? Hex.lowercase(SHA256.hash(data: request.body))
        let path = request.path.isEmpty ? "/" : request.path
        return [request.method, FormEncoding.escape(path, keepSlash: true), query, headerLines,
                credential.signedHeaders.joined(separator: ";"), payload].joined(separator: "\n")
    }

    /// Trims a header value and collapses runs of spaces into one, as SigV4 requires.
    static func normalizeHeaderValue(_ value: String) -> String {
        var output = ""
        var lastWasSpace = false
        for character in value.trimmingCharactersSpaces() {
            if character == " " || character == "\t" {
                if !lastWasSpace { output.append(" ") }
                lastWasSpace = true
            } else {
                output.append(character)
                lastWasSpace = false
            }
        }
        return output
    }

    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}

extension String {
    func trimmingCharactersSpaces() -> Substring {
        Substring(self).trimmingSpaces
    }
}
