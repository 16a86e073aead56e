import ConsoleUI

/// A frame as plain text rows (wide characters' continuation cells dropped, trailing blanks kept
/// off), for the recording.
public enum FrameText {
    /// The rows of `frame` as text.
    public static func rows(of frame: Frame) -> [String] {
        (0..<frame.size.height).map { row in
            var text = frame.row(row).map(\.text).joined()
            while text.last == " " { text.removeLast() }
            return text
        }
    }
}
