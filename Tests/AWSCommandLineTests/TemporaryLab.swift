import AWSCommandLine
import Foundation
import IAMKit

/// A lab store in a temporary directory, run through the real backend (`LabBackend`) with a
/// pinned clock; removed when the value goes away.
final class TemporaryLab {
    let path = NSTemporaryDirectory() + "rolecall-cli-lab-\(getpid())-\(UUID().uuidString.prefix(8))"
    // 1,000 PBKDF2 rounds, not a lab's 210,000 (PasswordDigest): fixtures set many passwords.
    let service = IAMService(clock: FixedClock(Timestamp(secondsSince1970: 1_764_400_000)), passwordRounds: 1_000)

    /// Files the commands see (config and credentials files), kept across runs.
    var files: [String: String] = [:]
    /// Answers to terminal prompts (the MFA code), used in order.
    var promptAnswers: [String] = []
    /// The prompts shown so far.
    var prompts: [String] = []

    /// Seconds a waiter slept, in order (the tests' sleeper does not sleep).
    var sleeps: [Int] = []

    /// Runs `arguments` with `variables` (credentials) on the lab; `extraFiles` and `bytes` add
    /// files for this run (`bytes` for contents that are not UTF-8).
    func run(_ arguments: [String], _ variables: [String: String] = [:], files extraFiles: [String: String] = [:],
             bytes: [String: [UInt8]] = [:]) -> CommandResult {
        let backend = LabBackend(dispatcher: service, service: service, variables: variables)
        backend.mfaPrompter = { [self] prompt in
            prompts.append(prompt)
            return promptAnswers.isEmpty ? nil : promptAnswers.removeFirst()
        }
        var environment = InMemoryEnvironment(variables: ["HOME": "/home/trainee"].merging(variables) { $1 }, files: files.merging(extraFiles) { $1 })
        environment.files.merge(bytes) { $1 }
        var tool = CommandLineTool(backend: backend, environment: environment)
        tool.sleeper = { [self] seconds in sleeps.append(seconds) }
        let result = tool.run(["--store", path] + arguments)
        if let memory = tool.environment as? InMemoryEnvironment {
            files = memory.files.mapValues { String(decoding: $0, as: UTF8.self) }
        }
        return result
    }

    /// Every file of the lab with its contents, to prove a refused command wrote nothing.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: path) else { return files }
        for case let name as String in walker {
            var isDirectory: ObjCBool = false
            let full = path + "/" + name
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }

    /// A JSON object printed on stdout (empty when it is not one).
    static func json(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    /// The audit log's lines (CloudTrail-shaped JSON events), oldest first.
    func auditLines() -> [String] {
        let directory = path + "/audit"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        return files.flatMap { name in
            ((try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
