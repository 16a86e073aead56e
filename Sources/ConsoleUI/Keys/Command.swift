/// A named thing a key can do. Commands are open-ended: pages declare their own
/// (`Command("roles.delete")`) next to the shell's.
public struct Command: Hashable, Sendable, CustomStringConvertible {
    /// A stable dotted name, e.g. `shell.quit`, `list.down`.
    public let name: String

    /// Creates a command.
    public init(_ name: String) {
        self.name = name
    }

    /// The name.
    public var description: String { name }
}

extension Command {
    /// Leave the console (asks first when there is unsaved input).
    public static let quit = Command("shell.quit")
    /// Ctrl-C: quit, with confirmation when input would be lost.
    public static let interrupt = Command("shell.interrupt")
    /// Show or hide the help overlay.
    public static let toggleHelp = Command("shell.help")
    /// Show or hide guided mode's explanation panel.
    public static let toggleGuide = Command("shell.guide")
    /// Show or hide the Exercise panel.
    public static let toggleExercise = Command("shell.exercise")
    /// Show the hint for the exercise's next task.
    public static let exerciseHint = Command("shell.exerciseHint")
    /// Close the topmost overlay or go back.
    public static let back = Command("shell.back")
    /// Next page.
    public static let nextPage = Command("shell.nextPage")
    /// Previous page.
    public static let previousPage = Command("shell.previousPage")
    /// Go straight to the page numbered `number` in the header (1 is the first).
    public static func goToPage(_ number: Int) -> Command { Command("shell.page.\(number)") }

    /// The page number of a `goToPage` command, else nil.
    public var pageNumber: Int? {
        guard name.hasPrefix("shell.page.") else { return nil }
        return Int(name.dropFirst("shell.page.".count))
    }
    /// Suspend the console to the shell (Ctrl-Z).
    public static let suspend = Command("shell.suspend")
    /// Move up one row.
    public static let moveUp = Command("list.up")
    /// Move down one row.
    public static let moveDown = Command("list.down")
    /// Move up one page.
    public static let pageUp = Command("list.pageUp")
    /// Move down one page.
    public static let pageDown = Command("list.pageDown")
    /// Move to the first row.
    public static let moveToFirst = Command("list.first")
    /// Move to the last row.
    public static let moveToLast = Command("list.last")
    /// Open or activate the selected item.
    public static let activate = Command("list.activate")
    /// Scroll the help overlay by one line up.
    public static let helpLineUp = Command("help.up")
    /// Scroll the help overlay by one line down.
    public static let helpLineDown = Command("help.down")
    /// Scroll the help overlay by a screen up.
    public static let helpPageUp = Command("help.pageUp")
    /// Scroll the help overlay by a screen down.
    public static let helpPageDown = Command("help.pageDown")
    /// Confirm a dialog (yes).
    public static let confirm = Command("dialog.confirm")
    /// Dismiss a dialog (no).
    public static let dismiss = Command("dialog.dismiss")
}
