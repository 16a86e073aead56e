import Foundation

/// Runs the built `rolecall` binary (found in the build products directory next to the test
/// bundle) in a fresh lab directory, with a pinned clock, and captures what it prints.
struct CLIRunner {
    struct Output {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// A fresh working directory; the lab lives in `lab/` inside it.
    let directory: URL
    /// Variables every run gets (the lab, the clock), plus per-run extras.
    var variables: [String: String]

    init(now: String = "2026-11-29T08:00:00Z") throws {
        directory = URL(fileURLWithPath: ScratchDirectory.path("cli"))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        variables = ["ROLECALL_STORE": directory.appendingPathComponent("lab").path, "ROLECALL_NOW": now,
                     "HOME": directory.path, "PATH": "/usr/bin:/bin"]
    }

    static var binary: URL {
        let candidates = [Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL,
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for directory in candidates {
            let url = directory.appendingPathComponent("rolecall")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return candidates[0].appendingPathComponent("rolecall")
    }

    /// Writes a file in the working directory.
    func write(_ name: String, _ text: String) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Runs `rolecall ARGUMENTS` with `extra` variables, bounded to 20 seconds.
    func run(_ arguments: [String], extra: [String: String] = [:]) throws -> Output {
        try run(program: Self.binary, arguments, extra: extra)
    }

    /// Runs another program (`script`, to give rolecall a terminal) the same way.
    func run(program: URL, _ arguments: [String], extra: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = variables.merging(extra) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        while process.isRunning, Date() < deadline { usleep(2_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return Output(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                      status: process.terminationStatus)
    }

    /// Every file of the lab with its contents, to prove a failed command wrote nothing.
    func labSnapshot() -> [String: Data] {
        let root = directory.appendingPathComponent("lab")
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return files }
        for case let path as String in walker {
            let url = root.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try? Data(contentsOf: url)
            }
        }
        return files
    }

    /// The JSON object a command printed.
    static func json(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}
