import Foundation

/// Python's `getpass.getpass`, which botocore uses for `Enter MFA code for ARN: `: the prompt
/// and the answer go through the controlling terminal (/dev/tty) with echo off; without a
/// terminal the prompt goes to stderr and the answer is read from stdin.
enum TerminalPrompt {
    /// Shows `prompt` and returns the line typed (nil at end of input).
    static func ask(_ prompt: String) -> String? {
        let tty = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard tty >= 0 else {
            writeAll(STDERR_FILENO, prompt)
            return readLine(from: STDIN_FILENO)
        }
        defer { close(tty) }
        var saved = termios()
        let hasTermios = tcgetattr(tty, &saved) == 0
        if hasTermios {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(tty, TCSAFLUSH, &quiet)
        }
        writeAll(tty, prompt)
        let answer = readLine(from: tty)
        if hasTermios { tcsetattr(tty, TCSAFLUSH, &saved) }
        writeAll(tty, "\n")
        return answer
    }

    private static func readLine(from descriptor: Int32) -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(descriptor, &byte, 1) == 1 {
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// Writes all of `text`; false when the reader went away (EPIPE) or another error stopped it.
    @discardableResult
    static func writeAll(_ descriptor: Int32, _ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
        }
        return true
    }
}
