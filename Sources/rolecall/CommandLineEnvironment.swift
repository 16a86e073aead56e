import AWSCommandLine
import Foundation

/// The process's real environment for the CLI: its variables and its files, read with POSIX
/// calls so failures carry the `errno` text the AWS CLI prints ("No such file or directory").
struct ProcessEnvironment: CommandEnvironment {
    /// The environment variables.
    let variables: [String: String]

    /// The file's bytes; relative paths resolve against the working directory.
    func readFile(atPath path: String) throws(FileReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Self.lastError() }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { throw Self.lastError() }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    static func lastError() -> FileReadError {
        let code = errno
        return FileReadError(code: code, reason: String(cString: strerror(code)))
    }

    /// Columns of the terminal on stdout, 80 when it is not a terminal (as the AWS CLI assumes).
    static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}

extension ProcessEnvironment {
    /// Writes the file with mode 0600, replacing what was there.
    func writePrivateFile(atPath path: String, bytes: [UInt8]) throws(FileReadError) {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // `configure set` creates the lab's aws/ folder on first use (private, like ~/.aws).
        if descriptor < 0, errno == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            mkdir(String(path[..<slash]), 0o700)
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        guard descriptor >= 0 else { throw Self.lastError() }
        defer { close(descriptor) }
        fchmod(descriptor, 0o600)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written != bytes.count { throw Self.lastError() }
    }
}
