/// Why a file named by `file://` or `fileb://` could not be read: the OS error as Python
/// reports it, so messages match the AWS CLI's.
public struct FileReadError: Error, Sendable, Equatable {
    /// The `errno` value.
    public var code: Int32
    /// The OS's text for it (`No such file or directory`).
    public var reason: String

    /// Creates an error.
    public init(code: Int32, reason: String) {
        self.code = code
        self.reason = reason
    }
}

/// What a command may see of the process it runs in. The executable supplies the real
/// one; tests supply files and variables in memory, so parsing is tested without a disk.
public protocol CommandEnvironment {
    /// The environment variables.
    var variables: [String: String] { get }
    /// The bytes of the file at `path` (relative paths are relative to the working directory).
    func readFile(atPath path: String) throws(FileReadError) -> [UInt8]
    /// Creates or replaces the file at `path` with mode 0600 (it may hold a secret).
    mutating func writePrivateFile(atPath path: String, bytes: [UInt8]) throws(FileReadError)
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
    public func readFile(atPath path: String) throws(FileReadError) -> [UInt8] {
        guard let bytes = files[path] else {
            throw FileReadError(code: 2, reason: "No such file or directory")
        }
        return bytes
    }

    /// Stores the file in memory.
    public mutating func writePrivateFile(atPath path: String, bytes: [UInt8]) throws(FileReadError) {
        files[path] = bytes
    }
}
