import AWSCommandLine
import Foundation

/// The process's real environment for the CLI: its variables and its files, read with POSIX
/// calls so failures carry the `errno` text the AWS CLI prints ("No such file or directory").
struct ProcessEnvironment: CommandEnvironment {
    /// The environment variables.
    let variables: [String: String]

    /// The file's bytes; relative paths resolve against the working directory. Only a regular
    /// file of at most `maximumSize` bytes is read: the kind is checked on the open descriptor
    /// (opened without blocking, so a FIFO cannot hang the command), and reading stops one
    /// byte past the limit, so `/dev/zero` or a file that grows cannot exhaust memory.
    func readFile(atPath path: String, maximumSize: Int) throws(FileReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.lastError() }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Self.lastError() }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        // Python's open() fails on a directory with EISDIR, and the AWS CLI prints that.
        case S_IFDIR: throw FileReadError(code: EISDIR, reason: String(cString: strerror(EISDIR)))
        case S_IFCHR: throw .notARegularFile(kind: "a character device")
        case S_IFBLK: throw .notARegularFile(kind: "a block device")
        case S_IFIFO: throw .notARegularFile(kind: "a FIFO")
        case S_IFSOCK: throw .notARegularFile(kind: "a socket")
        default: throw .notARegularFile(kind: "not a file")
        }
        guard status.st_size <= maximumSize else { throw .tooLarge(limit: maximumSize) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw Self.lastError()
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > maximumSize { throw .tooLarge(limit: maximumSize) }
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

extension ProcessEnvironment {
    /// Writes `bytes` to a new hidden file beside `path` (`O_EXCL`, never following a link),
    /// flushes it and renames it over `path`; on any failure the hidden file is removed and
    /// `path` is left as it was.
    func replaceFile(atPath path: String, bytes: [UInt8], secret: Bool) throws(FileReadError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? ""
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = (slash == nil ? "" : directory + "/") + ".\(base).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, secret ? 0o600 : 0o666)
        guard descriptor >= 0 else { throw Self.lastError() }
        var failure: FileReadError?
        var offset = 0
        while failure == nil, offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset) }
            if written < 0 {
                if errno != EINTR { failure = Self.lastError() }
            } else {
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = Self.lastError() }
        if close(descriptor) != 0, failure == nil { failure = Self.lastError() }
        if failure == nil, rename(temporary, path) != 0 { failure = Self.lastError() }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }
}
