import ConsoleUI
import Foundation
import IAMKit
import RoleStore

/// The console's lab on disk: every page read is a shared-locked read of the store, every
/// change one exclusive, atomic, audited RoleStore transaction — the same path the CLI takes,
/// so a CLI user in another SSH session sees a console change at once.
final class StoreLabGateway: LabGateway, @unchecked Sendable {
    // Unchecked: the console loop uses the gateway from its one UI thread.
    let store: LabStore
    let service: IAMService
    let consoleSessionName: String

    init(store: LabStore, service: IAMService, consoleSessionName: String = "default") {
        self.store = store
        self.service = service
        self.consoleSessionName = consoleSessionName
    }

    func read<T>(_ body: (any LabRepository) throws -> T) throws -> T {
        try store.read { transaction in try body(transaction) }
    }

    func write<T>(eventName: String, _ body: (inout any LabRepository) throws -> T) throws -> T {
        let sessionName = consoleSessionName
        let service = self.service
        return try store.write { transaction in
            var repository: any LabRepository = transaction
            let caller = try? repository.record(ConsoleSession.self, at: ConsoleSession.key(sessionName))?.currentCaller
            let result = try body(&repository)
            guard var updated = repository as? StoreTransaction else { return result }
            if let caller {
                let now = service.clock.now()
                updated.recordAudit(AuditEvent(
                    eventTime: Date(timeIntervalSince1970: TimeInterval(now.secondsSince1970)),
                    eventSource: eventName.hasPrefix("AssumeRole") || eventName == "SwitchRole" ? .sts : .iam,
                    eventName: eventName, userIdentity: AuditIdentity(caller: caller, in: updated),
                    requestParameters: nil, outcome: .success(responseElements: nil), readOnly: false,
                    recipientAccountID: caller.accountID, userAgent: "rolecall-console"))
            }
            transaction = updated
            return result
        }
    }

    /// Pages ask on every key: a stat of the change log answers "nothing changed" without the
    /// lock; only when another process committed does the store catch up under its lock.
    func changeMarker() -> UInt64 {
        let known = store.generation
        guard (try? store.hasChanges(since: known)) ?? true else { return known }
        return (try? store.currentGeneration()) ?? known
    }
}
