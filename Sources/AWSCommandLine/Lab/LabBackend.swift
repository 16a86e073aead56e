import IAMKit
import IAMPolicy
import RoleStore

/// The real backend: every command runs the domain (`OperationDispatching`, i.e. IAMKit's
/// `IAMService.call`) inside one RoleStore transaction, so a failed or refused call writes
/// nothing and a successful mutation is committed atomically before anything is printed.
public final class LabBackend: CommandBackend {
    /// The domain's entry point.
    let dispatcher: any OperationDispatching
    /// The IAM service (clock, IDs) for lab and console commands.
    let service: IAMService
    /// Environment variables.
    let variables: [String: String]
    /// How long to wait for another process's lock.
    let lockTimeout: Double
    /// A store already open (the server keeps one for its lifetime, so its record cache
    /// survives between requests); when nil every command opens `--store` anew.
    public var openStore: LabStore?
    /// When set (the server), write transactions on its store share commits with other
    /// requests' (`GroupCommit`): still atomic per call and durable before the call returns.
    public var groupCommit: GroupCommit?
    /// The files outside the store that `lab info` lists.
    let installation: InstallationPaths
    /// Asks the person at the terminal for an MFA code (`Enter MFA code for ARN: `); nil when
    /// nobody can answer. The executable reads /dev/tty (else stdin), as botocore's getpass does.
    public var mfaPrompter: (String) -> String? = { _ in nil }
    /// Asks the person at the terminal a yes/no question; nil when there is no one to ask.
    let confirm: (@Sendable (String) -> Bool)?

    /// How hard commits work to survive failures (`.full` for every real lab).
    let durability: StoreDurability

    /// Creates a backend; `service` carries the clock the whole command uses. Tests that run
    /// thousands of commands on a throwaway lab may ask for `.processCrashOnly` (no fsync).
    public init(dispatcher: any OperationDispatching, service: IAMService, variables: [String: String], lockTimeout: Double = 10,
                installation: InstallationPaths = .none, durability: StoreDurability = .full,
                confirm: (@Sendable (String) -> Bool)? = nil) {
        self.dispatcher = dispatcher
        self.service = service
        self.variables = variables
        self.lockTimeout = lockTimeout
        self.durability = durability
        self.installation = installation
        self.confirm = confirm
    }

    /// The store directory: `--store`, else `ROLECALL_STORE`, else `$XDG_DATA_HOME/rolecall/lab`.
    func storePath(_ options: GlobalOptions) throws(CommandError) -> String {
        if let store = options.store { return store }
        guard let path = StoreLocation.resolve(environment: variables) else {
            throw .other("rolecall: no lab location: set --store DIR, ROLECALL_STORE or HOME")
        }
        return path
    }

    /// Opens the lab; `create` only for `lab init`/`lab reset`.
    func open(_ options: GlobalOptions, create: Bool) throws(CommandError) -> LabStore {
        if let openStore, !create { return openStore }
        let path = try storePath(options)
        return try storeCommand(path) { try LabStore(path: path, create: create, lockTimeout: lockTimeout, durability: durability) }
    }

    /// Runs `body` on the store at `path`, turning store errors into the CLI's messages.
    func storeCommand<T>(_ path: String, _ body: () throws -> T) throws(CommandError) -> T {
        do {
            return try body()
        } catch let error as CommandError {
            throw error
        } catch let error as StoreError {
            if case .storeMissing = error {
                throw .other("rolecall: no lab at \(path). Create one with: rolecall lab init --demo  (or --store DIR to use another)")
            }
            throw .other("rolecall: \(error)")
        } catch {
            throw .other("rolecall: \(error)")
        }
    }

    /// Runs one command.
    public func run(_ operation: OperationSpec, parameters: JSONObject, options: GlobalOptions) throws(CommandError) -> JSONValue {
        switch operation.service {
        case .iam, .sts: return try callService(operation, parameters: parameters, options: options)
        case .lab: return try runLab(operation, parameters: parameters, options: options)
        case .console: return try runConsole(operation, parameters: parameters, options: options)
        case .configure: return try exportCredentials(parameters, options: options)
        }
    }

    private func callService(_ operation: OperationSpec, parameters: JSONObject, options: GlobalOptions) throws(CommandError) -> JSONValue {
        let store = try open(options, create: false)
        let now = service.clock.now()
        var resolver = CallerResolver(variables: variables, options: options, now: now, storePath: store.path)
        switch options.credentials {
        case .keys(let keys, _)?: resolver.profileKeys = keys
        case .role(let profile)?: resolver.profileKeys = try roleSession(profile, store: store, options: options)
        case nil: break
        }
        let keyID = resolver.profileKeys?.accessKeyID
            ?? (options.profile == nil ? variables["AWS_ACCESS_KEY_ID"].flatMap { $0.isEmpty ? nil : $0 } : nil)
        // Read-only calls run in a read transaction and write nothing, so only mutating calls
        // record an access key's last use (docs/decisions.md, 2026-11-29).
        let readOnly = operation.isReadOnly
        let dispatcher = self.dispatcher
        let service = self.service
        let outcome = try transact(store, readOnly: readOnly, operation: operation.name) {
            (lab: inout StoreTransaction) throws -> Result<JSONValue, ServiceError> in
            let caller = try resolver.resolve(in: lab)
            do throws(ServiceError) {
                let response = try dispatcher.call(service: operation.service.rawValue, operation: operation.name,
                                                   parameters: .object(parameters), caller: caller, in: &lab)
                if !readOnly {
                    if let keyID { try service.recordUse(ofAccessKey: keyID, service: operation.service.rawValue, in: &lab) }
                    lab.recordAudit(AuditRecord.event(operation, parameters: parameters, outcome: .success(responseElements: response),
                                                      caller: caller, accessKeyID: keyID, time: now, in: lab))
                }
                return .success(response)
            } catch {
                var error = error
                // The domain names the record of a policy it cannot read; the store knows its file.
                if let unreadable = error.underlying as? UnreadablePolicyError, let key = unreadable.recordKey,
                   let file = store.recordFilePath(for: key) {
                    error.message += " File: \(file)"
                }
                if options.explain, error.code == "AccessDenied" {
                    error.escalationFindings = try service.escalationFindings(for: caller, in: lab)
                }
                guard !readOnly else { throw CommandError.service(ServiceFailure(error), operation: operation.name) }
                // CloudTrail records refused and failed calls too (errorCode/errorMessage); none of
                // the operation's partial changes may land.
                lab.discardChanges()
                if let keyID { try service.recordUse(ofAccessKey: keyID, service: operation.service.rawValue, in: &lab) }
                var event = AuditRecord.event(operation, parameters: parameters,
                                              outcome: .failure(errorCode: error.code, errorMessage: error.message),
                                              caller: caller, accessKeyID: keyID, time: now, in: lab)
                event.explanation = error.auditExplanation
                lab.recordAudit(event)
                return .failure(error)
            }
        }
        switch outcome {
        case .success(let response):
            return operation.name == "CreateVirtualMFADevice" ? try MFABootstrap.addingQRCode(to: response) : response
        case .failure(let error): throw .service(ServiceFailure(error), operation: operation.name)
        }
    }

    /// Runs `body` in a read or write transaction, turning store errors into CLI errors.
    func transact<T>(_ store: LabStore, readOnly: Bool, operation: String, _ body: (inout StoreTransaction) throws -> T) throws(CommandError) -> T {
        do {
            if readOnly {
                return try store.read { transaction in
                    var view = transaction
                    return try body(&view)
                }
            }
            if let groupCommit, groupCommit.store === store { return try groupCommit.write(body) }
            return try store.write(body)
        } catch let error as CommandError {
            if case .service(let failure, let name) = error, name.isEmpty {
                throw .service(failure, operation: operation)
            }
            throw error
        } catch {
            throw .other("rolecall: \(error)")
        }
    }
}
