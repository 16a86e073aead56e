import Crypto
import Foundation

/// SigV4 signing keys already derived, by secret and scope: a key changes only with the date,
/// so AWS's SDKs keep it for the day, and the server does too, saving four HMACs per request.
/// Bounded: when full it starts again empty (a lab has a handful of keys in use on a day).
final class SigningKeys: @unchecked Sendable {
    /// The server's cache.
    static let shared = SigningKeys()

    /// The most keys kept.
    static let capacity = 256

    private struct Scope: Hashable {
        var secret: String
        var date: String
        var region: String
        var service: String
    }

    private let lock = NSLock()
    private var keys: [Scope: SymmetricKey] = [:]

    /// The signing key for `secret` and `credential`'s scope, derived on first use.
    func key(secret: String, credential: SigV4Credential) -> SymmetricKey {
        let scope = Scope(secret: secret, date: credential.scopeDate, region: credential.region, service: credential.service)
        if let key = lock.withLock({ keys[scope] }) { return key }
        let key = SigV4Verifier.signingKey(secret: secret, credential: credential)
        lock.withLock {
            if keys.count >= Self.capacity { keys.removeAll(keepingCapacity: true) }
            keys[scope] = key
        }
        return key
    }
}
