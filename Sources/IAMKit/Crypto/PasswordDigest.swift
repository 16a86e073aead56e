import Crypto
import CryptoExtras

/// How a console password is kept in a lab: never the password, only a salted digest that
/// costs an attacker who copies the lab file (or an `--include-secrets` export) real work per
/// guess. Two formats, told apart by their text:
/// - **`pbkdf2-sha256$ROUNDS$HEX`** (new passwords since 2026-12-07): PBKDF2-HMAC-SHA256 of the
///   password's UTF-8 bytes with the salt's UTF-8 bytes, `ROUNDS` iterations, 32 bytes, from
///   swift-crypto's `KDF.Insecure.PBKDF2` (BoringSSL underneath). The rounds are stored so a
///   later release can raise them without losing older digests.
/// - **40 hex digits** (labs written before): HMAC-SHA1 keyed by the salt over the password.
///   Still verified, so existing labs keep their passwords; replaced by the new format the next
///   time the password is set.
/// Anything else never matches (a damaged or hand-edited lab fails closed). Comparisons are
/// constant-time (swift-crypto's `SymmetricKey` equality and `isValidAuthenticationCode`).
/// Password storage guidance: https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html
public enum PasswordDigest {
    /// The scheme name new digests start with.
    public static let scheme = "pbkdf2-sha256"
    /// PBKDF2 iterations for new digests: swift-crypto's checked minimum (it refuses fewer).
    /// `IAMService.passwordRounds` starts here; test fixtures lower it to keep the suite fast.
    public static let rounds = 210_000
    /// Stored rounds above this are refused rather than run (a lab file must not be able to
    /// make a sign-in spin for hours).
    static let maximumRounds = 10_000_000
    private static let derivedByteCount = 32

    /// The digest of `password` under `salt` in the current format with `rounds` iterations;
    /// nil when the password or salt is empty (the password policy never lets an empty password
    /// through), the rounds are outside 1...10,000,000, or the derivation fails.
    public static func make(_ password: String, salt: String, rounds: Int = rounds) -> String? {
        guard let key = derive(password, salt: salt, rounds: rounds) else { return nil }
        return "\(scheme)$\(rounds)$" + key.withUnsafeBytes { Hex.lowercase($0) }
    }

    /// Whether `digest` (either format) is the digest of `password` under `salt`.
    public static func verify(_ password: String, salt: String, digest: String) -> Bool {
        let parts = digest.split(separator: "$", omittingEmptySubsequences: false)
        if parts.count == 1 {
            return verifyLegacy(password, salt: salt, digest: digest)
        }
        guard parts.count == 3, parts[0] == scheme,
              let storedRounds = Int(parts[1]),
              let stored = Hex.decode(String(parts[2])), stored.count == derivedByteCount,
              let derived = derive(password, salt: salt, rounds: storedRounds)
        else { return false }
        return derived == SymmetricKey(data: stored)
    }

    /// Whether `digest` is in the format new passwords get (false for pre-2026-12-07 digests).
    public static func isCurrent(_ digest: String) -> Bool {
        digest.hasPrefix("\(scheme)$")
    }

    private static func derive(_ password: String, salt: String, rounds: Int) -> SymmetricKey? {
        // BoringSSL is handed the buffers' base addresses: never empty ones.
        guard !password.isEmpty, !salt.isEmpty, (1...maximumRounds).contains(rounds) else { return nil }
        do {
            // The unchecked call only because fixtures use fewer rounds than the checked
            // minimum; labs get `rounds` (210,000) unless a test lowers it.
            return try KDF.Insecure.PBKDF2.deriveKey(from: Array(password.utf8), salt: Array(salt.utf8), using: .sha256,
                                                     outputByteCount: derivedByteCount, unsafeUncheckedRounds: rounds)
        } catch {
            return nil
        }
    }

    /// The pre-2026-12-07 format: 40 hex digits of HMAC-SHA1(key: salt, message: password).
    private static func verifyLegacy(_ password: String, salt: String, digest: String) -> Bool {
        guard let mac = Hex.decode(digest), mac.count == Insecure.SHA1Digest.byteCount else { return false }
        return HMAC<Insecure.SHA1>.isValidAuthenticationCode(mac, authenticating: Array(password.utf8),
                                                             using: SymmetricKey(data: Array(salt.utf8)))
    }
}
