import DisplayText
/// Shown instead of the console when the terminal is below 80×24; it still answers q and Esc.
public enum TooSmallScreen {
    /// The message, e.g. "Terminal too small (need 80×24, have 60×20)".
    public static func message(for size: Size) -> String {
        "Terminal too small (need \(Size.minimum), have \(size))"
    }

    /// Draws the screen over the whole frame.
    public static func render(into frame: inout Frame, confirmation: Confirmation?) {
        let area = Rect(frame.size)
        var lines = WordWrap.lines(message(for: frame.size), width: area.width)
        if let confirmation {
            lines += WordWrap.lines(confirmation.question + " y/n", width: area.width)
        } else {
            lines += WordWrap.lines("Enlarge the window, or press q or Esc to quit.", width: area.width)
        }
        let top = max(0, (area.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < area.height {
            let role: StyleRole = offset == 0 ? .warning : .text
            frame.putCentered(line, row: top + offset, in: area, role: role)
        }
    }
}
