import ConsoleUI
import Foundation
import Terminal

/// `rolecall --record FILE`: the console session as an asciicast v2 file (a JSON header line,
/// then one `[seconds, "o", text]` event per frame that changed), which asciinema plays.
/// Every frame is masked first (`SecretMask`): secret access keys, session tokens and MFA seeds
/// the lab holds never reach the file, even when the screen shows them.
/// Format: https://docs.asciinema.org/manual/asciicast/v2/
final class AsciicastRecorder {
    private let handle: FileHandle
    private let started = Date()
    private var last: [String] = []
    private let secrets: () -> [String]

    /// Creates `path` (0600, replacing a file there) and writes the header for `size`.
    init(path: String, size: Size, secrets: @escaping () -> [String]) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw RecordingError(description: "rolecall: cannot create the recording \(path)")
        }
        self.handle = handle
        self.secrets = secrets
        let header: [String: Any] = ["version": 2, "width": size.width, "height": size.height,
                                     "timestamp": Int(started.timeIntervalSince1970), "env": ["TERM": "xterm-256color"],
                                     "title": "rolecall"]
        let data = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])
        handle.write(data + Data("\n".utf8))
    }

    /// Records `frame` when it differs from the last one recorded.
    func record(_ frame: Frame) {
        let rows = SecretMask(secrets: secrets()).mask(FrameText.rows(of: frame))
        guard rows != last else { return }
        last = rows
        let text = "\u{1B}[H\u{1B}[2J" + rows.joined(separator: "\r\n")
        let seconds = (Date().timeIntervalSince(started) * 1000).rounded() / 1000
        guard let event = try? JSONSerialization.data(withJSONObject: [seconds, "o", text], options: []) else { return }
        handle.write(event + Data("\n".utf8))
    }

    /// Flushes and closes the file.
    func close() {
        try? handle.synchronize()
        try? handle.close()
    }
}

/// Why recording could not start.
struct RecordingError: Error, CustomStringConvertible {
    let description: String
}
