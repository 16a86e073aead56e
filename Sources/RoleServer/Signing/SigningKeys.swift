import Crypto
import IAMKit

/// SigV4 signing keys already derived, by secret and scope: a key changes only with the date,
/// so AWS's SDKs keep it for the day, and the server does too, saving four HMACs per request.
/// What is kept is the HMAC keyed with it, ready to sign (a copy is updated per request).
/// Bounded at 256 (a lab has a handful of keys in use on a day).
final class SigningKeys: Sendable {
    /// The server's cache.
    static let shared = SigningKeys()

    private struct Scope: Hashable {
        var secret: String
        var date: String
        var region: String
        var service: String
    }

    private let signers = BoundedCache<Scope, HMAC<SHA256>>(limit: 256)

    /// An HMAC keyed with the signing key for `secret` and `credential`'s scope (derived on
    /// first use), with nothing signed yet.
    func signer(secret: String, credential: SigV4Credential) -> HMAC<SHA256> {
        let scope = Scope(secret: secret, date: credential.scopeDate, region: credential.region, service: credential.service)
        return signers.value(for: scope) { HMAC<SHA256>(key: SigV4Verifier.signingKey(secret: secret, credential: credential)) }
    }
}
