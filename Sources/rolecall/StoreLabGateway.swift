import AWSCommandLine
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
        do {
            return try audited(eventName: eventName, body)
        } catch let error as ServiceError {
            // CloudTrail records refused and failed calls too; none of the call's changes landed.
            recordFailure(eventName: eventName, error)
            throw error
        }
    }

    private func audited<T>(eventName: String, _ body: (inout any LabRepository) throws -> T) throws -> T {
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
                    eventSource: Self.eventSource(eventName),
                    eventName: eventName, userIdentity: AuditIdentity(caller: caller, in: updated),
                    requestParameters: nil, outcome: .success(responseElements: nil), readOnly: false,
                    recipientAccountID: caller.accountID, userAgent: "rolecall-console"))
            }
            transaction = updated
            return result
        }
    }

    /// STS for the role switches, IAM for the rest.
    private static func eventSource(_ eventName: String) -> AuditEvent.Source {
        eventName.hasPrefix("AssumeRole") || eventName == "SwitchRole" ? .sts : .iam
    }

    /// Appends the audit event of a console call IAM refused or that failed, with the
    /// engine's reasons, in a commit of its own (the call's own commit wrote nothing).
    private func recordFailure(eventName: String, _ error: ServiceError) {
        let key = ConsoleSession.key(consoleSessionName)
        let now = service.clock.now()
        do {
            try store.write { transaction in
                guard let caller = try transaction.record(ConsoleSession.self, at: key)?.currentCaller else { return }
                var event = AuditEvent(
                    eventTime: Date(timeIntervalSince1970: TimeInterval(now.secondsSince1970)),
                    eventSource: Self.eventSource(eventName),
                    eventName: eventName, userIdentity: AuditIdentity(caller: caller, in: transaction),
                    requestParameters: nil, outcome: .failure(errorCode: error.code, errorMessage: error.message),
                    readOnly: false, recipientAccountID: caller.accountID, userAgent: "rolecall-console")
                event.explanation = error.auditExplanation
                transaction.recordAudit(event)
            }
        } catch {
            // The refusal is what the user must see; a log that cannot take the event (full
            // disk) will fail the next change loudly, and that one writes nothing either.
        }
    }

    /// The audit log's newest events (every process writes it: this console, the CLI, the server).
    func recentActivity(limit: Int) throws -> [ActivityEvent] {
        try store.recentAuditEvents(limit: limit).compactMap(ActivityEvent.init(cloudTrail:))
    }

    /// One listing and one stat of the audit directory; a failed stat reads as "changed" so
    /// the page reloads and shows the error instead of going quiet.
    func activityMarker() -> UInt64 {
        (try? store.auditStamp()) ?? UInt64.max
    }

    /// Pages ask on every key: a stat of the change log answers "nothing changed" without the
    /// lock; only when another process committed does the store catch up under its lock.
    func changeMarker() -> UInt64 {
        let known = store.generation
        guard (try? store.hasChanges(since: known)) ?? true else { return known }
        return (try? store.currentGeneration()) ?? known
    }
}
