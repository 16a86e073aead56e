import Glibc

/// Runs the user's editor on a file, the way git does: `$VISUAL`, else `$EDITOR`, else `vi`,
/// through `/bin/sh` so values like `code --wait` work.
public enum EditorLauncher {
    /// Runs the editor on `path` and waits; returns its exit status (127 if it could not start).
    public static func edit(_ path: String) -> Int32 {
        let environment = ProcessEnvironment.current
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let arguments = ["/bin/sh", "-c", editor + " \"$1\"", "sh", path]
        var cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &cArguments, environ) == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}

/// The process environment as a dictionary.
public enum ProcessEnvironment {
    /// Reads `environ`.
    public static var current: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}
