@testable import AWSCommandLine
import DisplayText
import Foundation
import IAMKit
import IAMPolicy
import Testing

/// Issue #14: generated and mutated command lines across every operation run in-process against
/// a lab on disk. Whatever the input: no crash, an AWS CLI exit code, a clear message, nothing
/// raw on a terminal, and a refused command leaves the lab as it was.
/// `ROLECALL_FUZZ_COUNT` and `ROLECALL_FUZZ_SEED` run longer or other cases (see FuzzSettings).
@Suite struct CLIFuzzTests {
    @Test func anyCommandLineEndsWithAnAWSCLIExitCodeAndRefusalsWriteNothing() throws {
        let settings = FuzzSettings.current(defaultCount: 10_000)
        var lab = try FuzzLab.demo()
        let started = Date()
        // Commands naming files (`lab export t`, `lab import Inactive`, `--exercise FILE`) must
        // reach only the in-memory environment: nothing may appear in the package directory.
        let workingDirectory = FileManager.default.currentDirectoryPath
        let namesBefore = Set((try? FileManager.default.contentsOfDirectory(atPath: workingDirectory)) ?? [])
        var outcomes: [ExitCode: Int] = [:]
        var ran = 0
        for index in 0..<settings.count {
            // A fresh lab now and then: the store's change log and audit log grow with every
            // commit, and reading them back would make later cases ever slower.
            if index > 0, index % 500 == 0 { lab = try FuzzLab.demo() }
            var generator = ArgumentVectorGenerator(random: settings.random(forCase: index))
            let words = generator.vector()
            let streams = OutputStreams(stdoutIsTerminal: generator.random.chance(0.5), stderrIsTerminal: generator.random.chance(0.5))
            let shown = words.map { String(reflecting: QuotedValue.bounded($0)) }.joined(separator: " ")
            let replay = settings.replay(index, filter: "CLIFuzzTests")
            FuzzCrashReport.running("CLI fuzz \(replay)\n  rolecall \(shown)", slot: 0)
            let (result, before, served) = lab.run(words, streams: streams)
            outcomes[result.exitCode, default: 0] += 1
            ran += 1
            let problems = Self.problems(result, streams: streams, before: served ? nil : before,
                                         after: served ? nil : before.map { _ in lab.fingerprint() })
            if !problems.isEmpty {
                Issue.record("\(problems.joined(separator: "; "))\n\(replay)\n  rolecall \(shown)\nstderr: \(result.stderr.prefix(500))")
                break
            }
        }
        FuzzCrashReport.finished(slot: 0)
        let namesAfter = Set((try? FileManager.default.contentsOfDirectory(atPath: workingDirectory)) ?? [])
        #expect(namesAfter.subtracting(namesBefore).isEmpty,
                "the fuzz created files in the working directory \(workingDirectory): \(namesAfter.subtracting(namesBefore).map { String(reflecting: $0) })")
        if ProcessInfo.processInfo.environment["ROLECALL_FUZZ_VERBOSE"] != nil {
            print("CLI fuzz: \(settings.count) cases in \(Date().timeIntervalSince(started)) s: \(outcomes)")
        }
        // Most vectors must reach past parsing, or the fuzz only tests the argument parser.
        #expect(outcomes[.success, default: 0] + outcomes[.serviceError, default: 0] >= ran / 10,
                "outcomes: \(outcomes), \(Date().timeIntervalSince(started)) s")
    }

    /// What is wrong with a result, in words; empty when it is as the issue requires. `before`
    /// and `after` are the lab's fingerprints around the service call, nil when the command
    /// never reached the service or the service did its work.
    static func problems(_ result: CommandResult, streams: OutputStreams, before: FuzzLab.Fingerprint?,
                         after: FuzzLab.Fingerprint?) -> [String] {
        var problems: [String] = []
        // The AWS CLI v2's codes; 253 is its "configuration" error (`configure export-credentials`);
        // 1 is a negative answer, not an error: `configure get` with no value, `lab check` finding
        // problems (its report on stdout).
        if ![.success, .negativeAnswer, .usage, .configuration, .serviceError, .other].contains(result.exitCode) {
            problems.append("exit code \(result.exitCode)")
        }
        if result.exitCode == .negativeAnswer {
            if let before, let after, after.recordsDigest != before.recordsDigest { problems.append("a negative answer changed the lab's records") }
        } else if result.exitCode != .success {
            if !result.stdout.isEmpty { problems.append("a failed command printed on stdout") }
            if result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append("a failure with no message") }
            if let before, let after, after.recordsDigest != before.recordsDigest { problems.append("a refused command changed the lab's records") }
            // A usage error (252) is refused before any work: not even the audit log changes.
            if result.exitCode == .usage, let before, let after, after.allDigest != before.allDigest {
                problems.append("a usage error (252) wrote to the lab")
            }
        }
        if result.stderr.utf8.count > 64 * 1_024 { problems.append("\(result.stderr.utf8.count) bytes on stderr") }
        // `--color auto` colours tables on a terminal with the formatter's own SGR codes; data
        // never brings an ESC (it is shown as `\x1b`), so only well-formed colour codes are removed.
        if streams.stdoutIsTerminal, let raw = rawScalar(in: TerminalOutputTests.withoutColourCodes(result.stdout), allowing: ["\t", "\n"]) {
            problems.append("U+\(String(raw.value, radix: 16)) reached a terminal on stdout")
        }
        if streams.stderrIsTerminal, let raw = rawScalar(in: result.stderr, allowing: ["\n"]) {
            problems.append("U+\(String(raw.value, radix: 16)) reached a terminal on stderr")
        }
        return problems
    }

    private static func rawScalar(in text: String, allowing: Set<Unicode.Scalar>) -> Unicode.Scalar? {
        if DisplayWidth.isFastASCII(text.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "\t", with: "")) { return nil }
        return text.unicodeScalars.first { !allowing.contains($0) && Sanitizer.mustEscape($0) }
    }
}

/// A throwaway lab for fuzzing: real store on disk without fsync, in-memory parameter files.
final class FuzzLab {
    let path = NSTemporaryDirectory() + "rolecall-fuzz-\(getpid())-\(UUID().uuidString.prefix(8))"
    let backend: FuzzBackend
    let environment: InMemoryEnvironment

    /// A digest of the lab's files (path, size, modification time): all of them, and the
    /// records alone (the audit log records refused service calls, as CloudTrail does).
    struct Fingerprint: Equatable {
        var all = Hasher()
        var records = Hasher()
        var allDigest = 0
        var recordsDigest = 0

        static func == (lhs: Fingerprint, rhs: Fingerprint) -> Bool {
            lhs.allDigest == rhs.allDigest && lhs.recordsDigest == rhs.recordsDigest
        }
    }

    /// The lab's backend, noting the lab's fingerprint before the first service call of a command.
    final class FuzzBackend: CommandBackend {
        let lab: LabBackend
        weak var owner: FuzzLab?
        var before: Fingerprint?
        /// Whether every service call of the command succeeded (a failure after it, such as a
        /// `--query` type error on the response, is the AWS CLI's 255 after a done call).
        var serviceSucceeded = false

        init(lab: LabBackend) { self.lab = lab }

        func run(_ operation: OperationSpec, parameters: JSONObject, options: GlobalOptions) throws(CommandError) -> JSONValue {
            if before == nil { before = owner?.fingerprint() }
            serviceSucceeded = false
            let response = try lab.run(operation, parameters: parameters, options: options)
            serviceSucceeded = true
            return response
        }
    }

    /// A new demo lab.
    static func demo() throws -> FuzzLab {
        let lab = FuzzLab()
        try #require(lab.run(["lab", "init", "--demo"], streams: .piped).0.exitCode == .success)
        return lab
    }

    init() {
        let service = IAMService(clock: FixedClock(Timestamp(secondsSince1970: 1_764_400_000)), passwordRounds: 1_000)
        let variables = ["ROLECALL_STORE": path, "HOME": path]
        backend = FuzzBackend(lab: LabBackend(dispatcher: service, service: service, variables: variables, lockTimeout: 2,
                                              durability: .processCrashOnly))
        environment = InMemoryEnvironment(variables: variables, files: ArgumentVectorGenerator.files)
        backend.owner = self
    }

    /// Runs a command line; also returns the lab's fingerprint before the service was first
    /// called, nil when the command never reached the service.
    func run(_ arguments: [String], streams: OutputStreams) -> (CommandResult, Fingerprint?, serviceSucceeded: Bool) {
        backend.before = nil
        backend.serviceSucceeded = false
        var tool = CommandLineTool(backend: backend, environment: environment, streams: streams)
        return (tool.run(arguments), backend.before, backend.serviceSucceeded)
    }

    func fingerprint() -> Fingerprint {
        var print = Fingerprint()
        walk(path, depth: 0, into: &print)
        print.allDigest = print.all.finalize()
        print.recordsDigest = print.records.finalize()
        return print
    }

    private func walk(_ directory: String, depth: Int, into print: inout Fingerprint) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        for name in names.sorted() {
            let full = directory + "/" + name
            var status = stat()
            guard lstat(full, &status) == 0 else { continue }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                walk(full, depth: depth + 1, into: &print)
                continue
            }
            for facts in [full.hashValue, Int(status.st_size), status.st_mtim.tv_sec, status.st_mtim.tv_nsec] {
                print.all.combine(facts)
                if !(depth == 0 && (name == "audit" || name == "store.lock")), !full.contains("/audit/") { print.records.combine(facts) }
            }
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
