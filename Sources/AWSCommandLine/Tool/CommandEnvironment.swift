/// Why a file named by `file://` or `fileb://` could not be read.
public enum FileReadError: Error, Sendable, Equatable {
    /// The OS refused: its `errno` and its text (`No such file or directory`), printed as
    /// Python prints them so messages match the AWS CLI's.
    case system(code: Int32, reason: String)
    /// A device, FIFO or socket (`/dev/zero`, `/dev/urandom`): reading one may never end, so
    /// only regular files are read. `kind` names what it is ("a character device").
    case notARegularFile(kind: String)
    /// Larger than the reader's limit of `limit` bytes.
    case tooLarge(limit: Int)

    /// An OS error.
    public init(code: Int32, reason: String) {
        self = .system(code: code, reason: reason)
    }

    /// The message after the file's name, as the AWS CLI words OS errors
    /// (`[Errno 2] No such file or directory: 'x.json'`), for `path` as the user wrote it.
    public func message(path: String) -> String {
        switch self {
        case .system(let code, let reason):
            return "[Errno \(code)] \(reason): \(PythonText.repr(path))"
        case .notARegularFile(let kind):
            return "\(PythonText.repr(path)) is not a regular file (it is \(kind)); rolecall reads parameters only from regular files"
        case .tooLarge(let limit):
            return "the file is larger than \(limit / 1_048_576) MiB (\(limit) bytes), rolecall's limit for a parameter file"
        }
    }
}

/// What a command may see of the process it runs in. The executable supplies the real
/// one; tests supply files and variables in memory, so parsing is tested without a disk.
public protocol CommandEnvironment {
    /// The environment variables.
    var variables: [String: String] { get }
    /// The bytes of the file at `path` (relative paths are relative to the working directory):
    /// a regular file of at most `maximumSize` bytes, else `notARegularFile` or `tooLarge`
    /// without reading on, so a device or a huge file cannot exhaust memory.
    func readFile(atPath path: String, maximumSize: Int) throws(FileReadError) -> [UInt8]
    /// Creates or replaces the file at `path` with mode 0600 (it may hold a secret).
    mutating func writePrivateFile(atPath path: String, bytes: [UInt8]) throws(FileReadError)
    /// Creates or replaces the file at `path` as a whole: written and flushed beside it, then
    /// renamed over it, so a failure leaves any old file as it was. Mode 0600 when `secret`,
    /// else 0666 narrowed by the umask (`lab export`: a starting lab is handed to others).
    mutating func replaceFile(atPath path: String, bytes: [UInt8], secret: Bool) throws(FileReadError)
}

/// An environment held in memory, for tests and programs.
public struct InMemoryEnvironment: CommandEnvironment, Sendable {
    /// The environment variables.
    public var variables: [String: String]
    /// Files by path.
    public var files: [String: [UInt8]]

    /// Creates an environment.
    public init(variables: [String: String] = [:], files: [String: String] = [:]) {
        self.variables = variables
        self.files = files.mapValues { Array($0.utf8) }
    }

    /// The file's bytes, or ENOENT as Python words it.
    public func readFile(atPath path: String, maximumSize: Int) throws(FileReadError) -> [UInt8] {
        guard let bytes = files[path] else {
            throw FileReadError(code: 2, reason: "No such file or directory")
        }
        guard bytes.count <= maximumSize else { throw .tooLarge(limit: maximumSize) }
        return bytes
    }

    /// Stores the file in memory.
    public mutating func writePrivateFile(atPath path: String, bytes: [UInt8]) throws(FileReadError) {
        files[path] = bytes
    }

    /// Stores the file in memory.
    public mutating func replaceFile(atPath path: String, bytes: [UInt8], secret: Bool) throws(FileReadError) {
        files[path] = bytes
    }
}
