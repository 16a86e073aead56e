import ConsoleUI
import Glibc

/// Writes the console's script files (`w` on equivalent CLI commands): mode 0755 (less the
/// umask) so the script runs as `./name.sh`, never following a symbolic link, and never
/// replacing an existing file unless the user said so.
public enum ScriptFileWriter {
    /// Writes `contents` to `path` (relative paths from the current directory).
    public static func write(_ contents: String, to path: String, replacing: Bool) -> ScriptWriteOutcome {
        let flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | (replacing ? O_TRUNC : O_EXCL)
        let descriptor = open(path, flags, 0o755)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { return .alreadyExists }
            return .failed(String(cString: strerror(code)))
        }
        var bytes = Array(contents.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                let reason = String(cString: strerror(errno))
                _ = close(descriptor)
                return .failed(reason)
            }
            bytes = bytes.dropFirst(written)
        }
        guard close(descriptor) == 0 else { return .failed(String(cString: strerror(errno))) }
        return .written
    }
}
