import Crypto
import Testing
@testable import IAMKit

/// RFC 3174 / FIPS 180 SHA-1, RFC 2202 HMAC-SHA1 (swift-crypto's, as IAMKit uses them), RFC 4648
/// Base32, RFC 4226 HOTP and RFC 6238 TOTP test vectors: the codes an authenticator app shows
/// must be AWS's codes.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html
@Suite struct CryptoTests {
    static func hex(_ bytes: some Sequence<UInt8>) -> String { Hex.lowercase(bytes) }

    static func hmacSHA1(_ message: String, key: [UInt8]) -> String {
        hex(HMAC<Insecure.SHA1>.authenticationCode(for: Array(message.utf8), using: SymmetricKey(data: key)))
    }

    @Test(arguments: [
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    ])
    func sha1(message: String, digest: String) {
        #expect(Self.hex(Insecure.SHA1.hash(data: Array(message.utf8))) == digest)
    }

    @Test func sha1OfAMillionAs() {
        #expect(Self.hex(Insecure.SHA1.hash(data: [UInt8](repeating: 0x61, count: 1_000_000))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    @Test func hmacSHA1RFC2202() {
        #expect(Self.hmacSHA1("Hi There", key: [UInt8](repeating: 0x0b, count: 20)) == "b617318655057264e28bc0b6fb378c8ef146be00")
        #expect(Self.hmacSHA1("what do ya want for nothing?", key: Array("Jefe".utf8)) == "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79")
        // Key longer than the block is hashed first (RFC 2202 test 6).
        #expect(Self.hmacSHA1("Test Using Larger Than Block-Size Key - Hash Key First", key: [UInt8](repeating: 0xaa, count: 80))
            == "aa4ae5e15272d00e95705637ce8a3b55ed402112")
    }

    @Test func hexRoundTripsAndRefusesWhatIsNotHex() {
        #expect(Hex.lowercase([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(Hex.decode("000fA0ff") == [0x00, 0x0f, 0xa0, 0xff])
        #expect(Hex.decode("") == [])
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("0g") == nil)
    }

    @Test(arguments: [("", ""), ("f", "MY======"), ("fo", "MZXQ===="), ("foo", "MZXW6==="), ("foob", "MZXW6YQ="),
                      ("fooba", "MZXW6YTB"), ("foobar", "MZXW6YTBOI======")])
    func base32RFC4648(plain: String, encoded: String) {
        #expect(Base32.encode(Array(plain.utf8)) == encoded)
        #expect(Base32.decode(encoded) == Array(plain.utf8))
        #expect(Base32.decode(encoded.lowercased()) == Array(plain.utf8))
    }

    @Test func base32RejectsForeignCharacters() {
        #expect(Base32.decode("MZXW1") == nil)
    }

    @Test func hotpRFC4226() {
        let totp = TOTP(secret: Array("12345678901234567890".utf8))
        let expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"]
        for (counter, code) in expected.enumerated() {
            #expect(totp.code(counter: UInt64(counter)) == code)
        }
    }

    @Test(arguments: [(Int64(59), "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"),
                      (1_234_567_890, "89005924"), (2_000_000_000, "69279037"), (20_000_000_000, "65353130")])
    func totpRFC6238(time: Int64, code: String) {
        let totp = TOTP(secret: Array("12345678901234567890".utf8), digits: 8)
        #expect(totp.code(at: Timestamp(secondsSince1970: time)) == code)
    }

    @Test func totpAcceptsOneStepOfDriftEitherWay() {
        let totp = TOTP(secret: Array("12345678901234567890".utf8))
        let now = Timestamp(secondsSince1970: 1_111_111_111)
        let current = totp.step(at: now)
        #expect(totp.matchingStep(totp.code(counter: current), at: now) == current)
        #expect(totp.matchingStep(totp.code(counter: current - 1), at: now) == current - 1)
        #expect(totp.matchingStep(totp.code(counter: current + 1), at: now) == current + 1)
        #expect(totp.matchingStep(totp.code(counter: current - 2), at: now) == nil)
        #expect(totp.matchingStep(totp.code(counter: current + 2), at: now) == nil)
    }

    @Test func timestampsPrintLikeTheAWSCLI() {
        let time = Timestamp(iso8601: "2026-11-29T06:00:00Z")
        #expect(time?.awsCLI == "2026-11-29T06:00:00+00:00")
        #expect(time?.iso8601 == "2026-11-29T06:00:00Z")
        #expect(Timestamp(iso8601: "2026-11-29T07:00:00+01:00") == time)
        #expect(Timestamp(secondsSince1970: 0).iso8601 == "1970-01-01T00:00:00Z")
        #expect(Timestamp(iso8601: "not a date") == nil)
    }
}
