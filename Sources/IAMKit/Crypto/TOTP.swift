import Crypto

/// Time-based one-time passwords as virtual MFA devices compute them: RFC 6238 over RFC 4226
/// HOTP with HMAC-SHA1 (swift-crypto's `HMAC<Insecure.SHA1>`), 30-second steps from the Unix
/// epoch, 6 digits.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html
public struct TOTP: Sendable, Hashable {
    /// The shared secret.
    public var secret: [UInt8]
    /// Length of one time step in seconds (30 for AWS virtual devices).
    public var period: Int64
    /// Number of digits (6 for AWS).
    public var digits: Int

    /// Creates a generator for `secret`.
    public init(secret: [UInt8], period: Int64 = 30, digits: Int = 6) {
        self.secret = secret
        self.period = period
        self.digits = digits
    }

    /// The RFC 4226 HOTP value for `counter`, zero-padded to `digits`.
    public func code(counter: UInt64) -> String {
        var message = [UInt8](repeating: 0, count: 8)
        for index in 0..<8 {
            message[index] = UInt8(truncatingIfNeeded: counter >> UInt64(56 - 8 * index))
        }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        // RFC 4226 §5.3 dynamic truncation.
        let offset = Int(mac[mac.count - 1] & 0x0F)
        let binary = (UInt32(mac[offset]) & 0x7F) << 24 | UInt32(mac[offset + 1]) << 16
            | UInt32(mac[offset + 2]) << 8 | UInt32(mac[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<digits { modulus *= 10 }
        var text = String(binary % modulus)
        while text.count < digits { text = "0" + text }
        return text
    }

    /// The time step containing `time`.
    public func step(at time: Timestamp) -> UInt64 {
        UInt64(max(0, time.secondsSince1970) / period)
    }

    /// The code a device shows at `time`.
    public func code(at time: Timestamp) -> String {
        code(counter: step(at: time))
    }

    /// The step whose code is `code`, looking at the current step and `drift` steps either
    /// side (AWS tolerates a small clock skew), or nil when none matches.
    public func matchingStep(_ code: String, at time: Timestamp, drift: Int = 1) -> UInt64? {
        let current = Int64(step(at: time))
        var deltas: [Int64] = [0]
        for distance in 0..<max(0, drift) {
            deltas += [-Int64(distance + 1), Int64(distance + 1)]
        }
        for delta in deltas {
            let candidate = current + delta
            if candidate >= 0, self.code(counter: UInt64(candidate)) == code {
                return UInt64(candidate)
            }
        }
        return nil
    }
}
