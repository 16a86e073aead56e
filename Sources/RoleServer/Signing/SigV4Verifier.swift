import Crypto
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        let expected = signatureDigits(for: request, credential: credential, secret: secret)
        guard constantTimeEqualIgnoringCase(expected, credential.signature) else {
            throw Failure(code: "SignatureDoesNotMatch", message: mismatchMessage)
        }
    }

    /// The hex signature `request` should carry when signed with `secret` (also used by the
    /// tests and the benchmark to sign requests).
    public static func signature(for request: SignedRequest, credential: SigV4Credential, secret: String) -> String {
        String(decoding: signatureDigits(for: request, credential: credential, secret: secret), as: UTF8.self)
    }

    /// The signature's 64 lowercase hex digits, as UTF-8.
    static func signatureDigits(for request: SignedRequest, credential: SigV4Credential, secret: String) -> [UInt8] {
        let canonicalHash = SHA256.hash(data: canonicalRequestBytes(request, credential: credential))
        var stringToSign: [UInt8] = []
        stringToSign.reserveCapacity(160)
        stringToSign.append(contentsOf: "AWS4-HMAC-SHA256\n".utf8)
        stringToSign.append(contentsOf: credential.amzDate.utf8)
        stringToSign.append(UInt8(ascii: "\n"))
        for part in [credential.scopeDate, credential.region, credential.service] {
            stringToSign.append(contentsOf: part.utf8)
            stringToSign.append(UInt8(ascii: "/"))
        }
        stringToSign.append(contentsOf: "aws4_request\n".utf8)
        Hex.appendLowercase(canonicalHash, to: &stringToSign)
        var mac = SigningKeys.shared.signer(secret: secret, credential: credential)
        stringToSign.withUnsafeBytes { mac.update(data: $0) }
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        mac.finalize().withUnsafeBytes { Hex.appendLowercase($0, to: &hex) }
        return hex
    }

    /// The signing key for `secret` and `credential`'s scope: HMAC chained over date, region,
    /// service and `aws4_request`.
    static func signingKey(secret: String, credential: SigV4Credential) -> SymmetricKey {
        var key = SymmetricKey(data: Array("AWS4\(secret)".utf8))
        for part in [credential.scopeDate, credential.region, credential.service, "aws4_request"] {
            key = SymmetricKey(data: Array(HMAC<SHA256>.authenticationCode(for: Array(part.utf8), using: key)))
        }
        return key
    }

    /// The canonical request: method, canonical URI, canonical query, canonical headers, signed
    /// headers and the payload hash, one per line.
    static func canonicalRequest(_ request: SignedRequest, credential: SigV4Credential) -> String {
        String(decoding: canonicalRequestBytes(request, credential: credential), as: UTF8.self)
    }

    /// The canonical request as UTF-8, built byte by byte (every request is verified, so no
    /// step splits or compares Strings by Character).
    static func canonicalRequestBytes(_ request: SignedRequest, credential: SigV4Credential) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(512 + request.query.utf8.count)
        output.append(contentsOf: request.method.utf8)
        output.append(UInt8(ascii: "\n"))
        if request.path.isEmpty {
            output.append(UInt8(ascii: "/"))
        } else {
            FormEncoding.escape(request.path.utf8, keepSlash: true, into: &output)
        }
        output.append(UInt8(ascii: "\n"))
        appendCanonicalQuery(request, presigned: credential.expires != nil || request.header("authorization") == nil, to: &output)
        output.append(UInt8(ascii: "\n"))
        for name in credential.signedHeaders {
            output.append(contentsOf: name.utf8)
            output.append(UInt8(ascii: ":"))
            var first = true
            for header in request.headers where SignedRequest.sameName(header.name, name) {
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                appendNormalizedHeaderValue(header.value, to: &output)
            }
            output.append(UInt8(ascii: "\n"))
        }
        output.append(UInt8(ascii: "\n"))
        for (index, name) in credential.signedHeaders.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ";")) }
            output.append(contentsOf: name.utf8)
        }
        output.append(UInt8(ascii: "\n"))
        if let payload = request.header("x-amz-content-sha256") {
            output.append(contentsOf: payload.utf8)
        } else {
            Hex.appendLowercase(SHA256.hash(data: request.body), to: &output)
        }
        return output
    }

    /// The query's pairs, each decoded and re-encoded with RFC 3986, sorted by name then value
    /// (byte order), joined with `&`; a presigned request's own `X-Amz-Signature` is left out.
    /// Every pair is re-encoded into one scratch buffer and sorted as ranges of it.
    private static func appendCanonicalQuery(_ request: SignedRequest, presigned: Bool, to output: inout [UInt8]) {
        var scratch: [UInt8] = []
        scratch.reserveCapacity(request.query.utf8.count * 2)
        var pairs: [(name: Range<Int>, value: Range<Int>)] = []
        pairs.reserveCapacity(16)  // a presigned IAM call carries about a dozen fields
        var query = request.query
        query.withUTF8 { bytes in
            FormEncoding.forEachField(bytes) { name, value in
                let nameStart = scratch.count
                appendReencoded(name, to: &scratch)
                let nameRange = nameStart..<scratch.count
                // Encoding is one-to-one and keeps unreserved bytes, so comparing encoded names is
                // comparing decoded ones.
                if presigned && isSignatureName(scratch, nameRange) {
                    scratch.removeSubrange(nameRange)
                    return
                }
                appendReencoded(value, to: &scratch)
                pairs.append((nameRange, nameRange.upperBound..<scratch.count))
            }
        }
        scratch.withUnsafeBufferPointer { buffer in
            pairs.sort { left, right in
                let leftName = buffer[left.name], rightName = buffer[right.name]
                if leftName.elementsEqual(rightName) { return buffer[left.value].lexicographicallyPrecedes(buffer[right.value]) }
                return leftName.lexicographicallyPrecedes(rightName)
            }
            for (index, pair) in pairs.enumerated() {
                if index > 0 { output.append(UInt8(ascii: "&")) }
                output.append(contentsOf: buffer[pair.name])
                output.append(UInt8(ascii: "="))
                output.append(contentsOf: buffer[pair.value])
            }
        }
    }

    /// Whether `range` of `bytes` spells `X-Amz-Signature` (compared byte for byte only when the
    /// length matches: every field of every presigned request is checked).
    private static func isSignatureName(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let name: StaticString = "X-Amz-Signature"
        guard range.count == name.utf8CodeUnitCount else { return false }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + range.lowerBound, name.utf8Start, range.count) == 0 }
    }

    /// Appends form-encoded `bytes` decoded and encoded again with RFC 3986, in one pass.
    private static func appendReencoded(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        // SDKs send their fields encoded as SigV4 encodes them: those bytes go as they are.
        if FormEncoding.isRFC3986Encoded(bytes) {
            output.append(contentsOf: bytes)
            return
        }
        FormEncoding.forEachDecodedByte(bytes, plusIsSpace: true) { FormEncoding.escape($0, keepSlash: false, into: &output) }
    }

    /// Appends `value` trimmed of spaces and tabs, with each inner run of them as one space, as
    /// SigV4 requires.
    static func appendNormalizedHeaderValue(_ value: String, to output: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            let isBlank = SignedRequest.isBlank
            var start = 0
            var end = bytes.count
            while start < end, isBlank(bytes[start]) { start += 1 }
            while start < end, isBlank(bytes[end - 1]) { end -= 1 }
            var lastWasBlank = false
            for byte in UnsafeBufferPointer(rebasing: bytes[start..<end]) {
                if isBlank(byte) {
                    if !lastWasBlank { output.append(UInt8(ascii: " ")) }
                    lastWasBlank = true
                } else {
                    output.append(byte)
                    lastWasBlank = false
                }
            }
        }
    }

    /// Whether `provided` spells the lowercase hex `expected`, in either case, in time that does
    /// not depend on where they differ.
    static func constantTimeEqualIgnoringCase(_ expected: [UInt8], _ provided: String) -> Bool {
        var difference: UInt8 = 0
        var count = 0
        for byte in provided.utf8 {
            difference |= SignedRequest.lowercasedASCII(byte) ^ (count < expected.count ? expected[count] : 0)
            count += 1
        }
        return count == expected.count && difference == 0
    }
}
