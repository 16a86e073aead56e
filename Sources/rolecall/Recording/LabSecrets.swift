import IAMKit

/// The secrets a lab holds (secret access keys, session tokens, MFA seeds), re-read only when
/// the lab changed: what a recording must never contain.
final class LabSecrets {
    private let gateway: StoreLabGateway
    private var marker: UInt64?
    private var secrets: [String] = []

    init(gateway: StoreLabGateway) {
        self.gateway = gateway
    }

    /// The current secrets; when the lab cannot be read, the last ones known.
    func current() -> [String] {
        let now = gateway.changeMarker()
        guard now != marker else { return secrets }
        do {
            secrets = try gateway.read { lab -> [String] in
                var found: [String] = []
                for key in try lab.records(AccessKey.self, in: RecordKey.labScope) {
                    found.append(key.secretAccessKey)
                    if let token = key.sessionToken { found.append(token) }
                }
                for account in try lab.records(Account.self, in: RecordKey.labScope) {
                    found += try lab.records(MFADevice.self, in: account.accountID).map(\.base32Seed)
                }
                return found
            }
            marker = now
        } catch {
            // Keep the last secrets: masking more is safe, masking less is not.
        }
        return secrets
    }
}
