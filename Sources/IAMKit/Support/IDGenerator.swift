/// The source of randomness for unique IDs, access keys, secrets and MFA seeds. Injected so
/// tests get the same IDs on every run (`SeededIDGenerator`) while production draws from the
/// system's cryptographic generator (`RandomIDGenerator`).
public protocol IDGenerator: AnyObject {
    /// The next 64 random bits.
    func next() -> UInt64
}

/// Deterministic IDs from a seed (SplitMix64): the same seed yields the same lab.
public final class SeededIDGenerator: IDGenerator {
    private var state: UInt64

    /// Creates a generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next value of the SplitMix64 sequence.
    public func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random IDs from the system's cryptographically secure generator.
public final class RandomIDGenerator: IDGenerator {
    private var generator = SystemRandomNumberGenerator()

    /// Creates a generator backed by `SystemRandomNumberGenerator`.
    public init() {}

    /// 64 fresh random bits.
    public func next() -> UInt64 { generator.next() }
}

/// The four-letter prefixes AWS gives each kind of unique identifier.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-prefixes
public enum UniqueIDPrefix: String, Sendable, Codable, CaseIterable {
    /// IAM user.
    case user = "AIDA"
    /// IAM role.
    case role = "AROA"
    /// Managed policy.
    case policy = "ANPA"
    /// IAM group.
    case group = "AGPA"
    /// Long-term access key.
    case accessKey = "AKIA"
    /// Temporary (STS) access key.
    case temporaryAccessKey = "ASIA"
    /// Instance profile.
    case instanceProfile = "AIPA"
}

/// The alphabets IDs and secrets are drawn from, as bytes (building strings from bytes keeps
/// issuing credentials cheap: AssumeRole draws ~280 characters per call).
enum IDAlphabet {
    /// Upper-case letters and digits 2–7, the characters AWS uses after an ID's prefix.
    static let uniqueID = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
    /// The base64 alphabet of secret keys and session tokens.
    static let base64 = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
}

extension IDGenerator {
    /// `count` characters drawn from `alphabet` (32 or 64 ASCII bytes: a power of two, so each
    /// character takes 5 or 6 bits of a 64-bit draw with no division).
    func characters(_ count: Int, from alphabet: [UInt8]) -> String {
        let width = UInt64(alphabet.count.trailingZeroBitCount)
        let mask = UInt64(alphabet.count - 1)
        let perDraw = Int(64 / width)
        var bits: UInt64 = 0
        var remaining = 0
        return alphabet.withUnsafeBufferPointer { letters in
            String(unsafeUninitializedCapacity: count) { buffer in
                for index in 0..<count {
                    if remaining == 0 {
                        bits = next()
                        remaining = perDraw
                    }
                    buffer[index] = letters[Int(bits & mask)]
                    bits >>= width
                    remaining -= 1
                }
                return count
            }
        }
    }

    /// A 21-character unique ID such as `AROA3XFRBF535PLBIFPI4`.
    public func uniqueID(_ prefix: UniqueIDPrefix) -> String {
        prefix.rawValue + characters(17, from: IDAlphabet.uniqueID)
    }

    /// A 20-character access key ID (`AKIA…`/`ASIA…`), the length AWS's keys have
    /// (`AKIAIOSFODNN7EXAMPLE`).
    public func accessKeyID(temporary: Bool) -> String {
        (temporary ? UniqueIDPrefix.temporaryAccessKey : .accessKey).rawValue + characters(16, from: IDAlphabet.uniqueID)
    }

    /// A 40-character secret access key in AWS's alphabet.
    public func secretAccessKey() -> String {
        characters(40, from: IDAlphabet.base64)
    }

    /// An opaque session token (base64 alphabet, as STS's tokens look).
    public func sessionToken() -> String {
        "IQoJb3JpZ2luX2Vj" + characters(220, from: IDAlphabet.base64)
    }

    /// `count` random bytes (MFA seeds).
    public func bytes(_ count: Int) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(count)
        while result.count < count {
            var value = next()
            for _ in 0..<8 where result.count < count {
                result.append(UInt8(truncatingIfNeeded: value))
                value >>= 8
            }
        }
        return result
    }
}
