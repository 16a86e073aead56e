import AWSCommandLine
import Foundation
import IAMKit
import RoleStore

/// Opens the lab the console works on: `--store DIR`, else `ROLECALL_STORE`, else the default
/// location. On first run the demo lab is created there (and announced); a console with no
/// sign-in yet starts signed in as the root user of the lab's current account.
enum ConsoleLab {
    /// The opened lab and what to announce in the status line.
    struct Opened {
        let gateway: StoreLabGateway
        let notice: String?
    }

    /// Why the console could not open its lab.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func open(store option: String?, environment: [String: String]) throws(Failure) -> Opened {
        guard let path = option ?? StoreLocation.resolve(environment: environment) else {
            throw Failure(description: "rolecall: no lab location: use --store DIR, or set ROLECALL_STORE or HOME")
        }
        do {
            let clock = try LabClock.from(environment)
            let service = IAMService(clock: clock)
            let store = try LabStore(path: path, create: true)
            let gateway = StoreLabGateway(store: store, service: service)
            var notice: String?
            let sessionName = gateway.consoleSessionName
            try store.write { lab in
                if try lab.record(LabSettings.self, at: LabSettings.key) == nil {
                    try lab.put(LabSettings(schemaVersion: StoreManifest.currentSchemaVersion))
                    try DemoLab.populate(using: service, in: &lab)
                    notice = "New demo lab in \(abbreviatingHome(path, environment)) (rolecall lab reset restores it)"
                }
                if try lab.record(ConsoleSession.self, at: ConsoleSession.key(sessionName)) == nil,
                   let account = try lab.record(LabSettings.self, at: LabSettings.key)?.currentAccountID {
                    _ = try service.consoleSignIn(account: account, sessionName: sessionName, in: &lab)
                }
            }
            return Opened(gateway: gateway, notice: notice)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "rolecall: cannot open the lab at \(path): \(error)")
        }
    }

    /// `path` with the home directory shown as `~`, so the first-run notice fits 80 columns
    /// at the default location (`~/.local/share/rolecall/lab`).
    static func abbreviatingHome(_ path: String, _ environment: [String: String]) -> String {
        guard let home = environment["HOME"], home.count > 1, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }
}
