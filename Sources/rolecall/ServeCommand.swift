import AWSCommandLine
import Foundation
import IAMKit
import IAMPolicy
import RoleServer
import RoleStore

/// `rolecall serve [--host 127.0.0.1] [--port 4566] [--store DIR] [--quiet]`: the lab as an IAM
/// and STS endpoint for the real AWS CLI and SDKs (docs/guide.md, "The AWS CLI and boto3").
enum ServeCommand {
    static let usage = "usage: rolecall serve [--host 127.0.0.1] [--port 4566] [--store DIR] [--quiet]"

    /// Whether `arguments` ask for the server (`serve`, possibly after `--store DIR`).
    static func handles(_ arguments: [String]) -> Bool {
        var index = 0
        while index < arguments.count {
            if arguments[index] == "serve" { return true }
            if arguments[index] == "--store" { index += 2; continue }
            return false
        }
        return false
    }

    /// Runs the server until SIGINT or SIGTERM; returns the exit code.
    static func run(_ arguments: [String]) -> Int32 {
        var settings = ServerSettings()
        var storeOption: String?
        var index = 0
        func value() -> String? {
            index += 1
            return index < arguments.count ? arguments[index] : nil
        }
        while index < arguments.count {
            let word = arguments[index]
            switch word {
            case "serve": break
            case "--host":
                guard let host = value(), !host.isEmpty else { return fail("--host needs an address\n\(usage)") }
                settings.host = host
            case "--port":
                guard let text = value(), let port = Int(text), (0...65_535).contains(port) else {
                    return fail("--port needs a number from 0 to 65535\n\(usage)")
                }
                settings.port = port
            case "--store":
                guard let path = value(), !path.isEmpty else { return fail("--store needs a directory\n\(usage)") }
                storeOption = path
            case "--quiet":
                settings.quiet = true
            case "--help", "-h", "help":
                print(usage)
                return 0
            default:
                return fail("unknown option \(word)\n\(usage)")
            }
            index += 1
        }
        let variables = ProcessInfo.processInfo.environment
        guard let path = storeOption ?? StoreLocation.resolve(environment: variables) else {
            return fail("no lab location: set --store DIR, ROLECALL_STORE or HOME")
        }
        let store: LabStore
        let service: IAMService
        do {
            store = try LabStore(path: path, create: false, lockTimeout: variables["ROLECALL_LOCK_TIMEOUT"].flatMap(Double.init) ?? 10)
            service = IAMService(clock: try LabClock.from(variables))
        } catch StoreError.storeMissing {
            return fail("no lab at \(path). Create one with: rolecall lab init --demo  (or --store DIR to use another)")
        } catch {
            return fail("\(error)")
        }
        let starting: StartingKey
        do {
            starting = try StartingKey.find(in: store, service: service)
        } catch {
            return fail("\(error)")
        }
        if !settings.isLoopback {
            FileHandle.standardError.write(Data("""
                rolecall serve: WARNING: listening on \(settings.host), not loopback: anyone who can reach this machine \
                can call the lab with its keys. Use --host 127.0.0.1 unless you mean it.

                """.utf8))
        }
        let endpoint = QueryEndpoint(store: store, service: service)
        let host = settings.host
        let frozen = settings
        let done = DispatchSemaphore(value: 0)
        let outcome = ServeOutcome()
        Task {
            do {
                try await QueryServer.run(endpoint: endpoint, settings: frozen) { port in
                    // One unbuffered write, so a pipe reader sees the banner at once.
                    FileHandle.standardOutput.write(Data((banner(host: host, port: port, storePath: store.path, key: starting) + "\n").utf8))
                }
            } catch {
                outcome.set("rolecall serve: \(error)")
            }
            done.signal()
        }
        done.wait()
        if let message = outcome.message {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            return 1
        }
        return 0
    }

    /// What `serve` prints once it listens: the endpoint, what to export, and how to point the
    /// AWS CLI and boto3 at it.
    static func banner(host: String, port: Int, storePath: String, key: StartingKey) -> String {
        let shownHost = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : (host.contains(":") ? "[\(host)]" : host)
        let url = "http://\(shownHost):\(port)"
        return """
            rolecall serve: IAM (2010-05-08) and STS (2011-06-15) Query API at \(url)
              lab: \(storePath)
              starting credentials: the root user of account \(key.accountID)\(key.created ? " (a new root access key)" : "")

            Export these, then use the AWS CLI or an SDK as usual:
              export AWS_ENDPOINT_URL=\(url)
              export AWS_ACCESS_KEY_ID=\(key.accessKeyID)
              export AWS_SECRET_ACCESS_KEY=\(key.secretAccessKey)
              export AWS_DEFAULT_REGION=us-east-1
              aws sts get-caller-identity                      # or: aws --endpoint-url \(url) ...
              python3 -c 'import boto3; print(boto3.client("sts", endpoint_url="\(url)").get_caller_identity())'
            Keys for a user: rolecall iam create-access-key --user-name NAME --account ID
            Stop with Ctrl-C (requests in flight finish first).
            """
    }

    private static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("rolecall serve: \(message)\n".utf8))
        return 252
    }
}

/// The server task's failure, handed back to the blocked main thread.
final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?
    var message: String? { lock.withLock { stored } }
    func set(_ message: String) { lock.withLock { stored = message } }
}

/// The root access key `serve` prints for the lab's current account: an active one the lab
/// already has, or a new one made exactly as `iam create-access-key` by that root user makes it
/// (and audited as such).
struct StartingKey {
    var accountID: String
    var accessKeyID: String
    var secretAccessKey: String
    var created: Bool

    struct NoAccount: Error, CustomStringConvertible {
        let path: String
        var description: String {
            "the lab at \(path) has no account yet. Create one with: rolecall lab init --demo"
        }
    }

    static func find(in store: LabStore, service: IAMService) throws -> StartingKey {
        try store.write { lab in
            guard let accountID = try lab.record(LabSettings.self, at: LabSettings.key)?.currentAccountID else {
                throw NoAccount(path: store.path)
            }
            let keys = try lab.records(AccessKey.self, in: RecordKey.labScope)
                .filter { $0.owner == .root(accountID: accountID) && $0.status == "Active" }
                .sorted { $0.accessKeyID < $1.accessKeyID }
            if let key = keys.first {
                return StartingKey(accountID: accountID, accessKeyID: key.accessKeyID, secretAccessKey: key.secretAccessKey, created: false)
            }
            let key = try service.createAccessKey(caller: .root(accountID: accountID), in: &lab)
            lab.recordAudit(AuditEvent(
                eventTime: Date(timeIntervalSince1970: TimeInterval(service.clock.now().secondsSince1970)), eventSource: .iam,
                eventName: "CreateAccessKey", userIdentity: AuditIdentity(caller: .root(accountID: accountID), in: lab),
                requestParameters: .object(JSONObject()), outcome: .success(responseElements: nil), readOnly: false,
                recipientAccountID: accountID))
            return StartingKey(accountID: accountID, accessKeyID: key.accessKeyID, secretAccessKey: key.secretAccessKey, created: true)
        }
    }
}
