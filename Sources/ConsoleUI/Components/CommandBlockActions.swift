/// What a page showing a `CommandBlock` holds for its `y` (copy) and `w` (write a script)
/// keys: the message the last one produced and, when the script's file exists, the shared
/// confirmation dialog asking whether to replace it. The copying and the writing are effects
/// the Terminal layer runs.
public struct CommandBlockActions: Hashable, Sendable {
    /// The last outcome, shown on one line under the commands.
    public private(set) var message: String?
    /// Whether `message` reports a problem (drawn as a warning).
    public private(set) var isProblem = false
    /// The script path whose existing file waits for the answer to "replace it?".
    public private(set) var pendingReplace: String?
    /// The script waiting for that answer.
    private var pendingScript = ""

    /// Nothing said yet.
    public init() {}

    /// `y`: copy the block's commands (as `CommandBlock.shellText`).
    public mutating func copy(_ block: CommandBlock, page: PageID) -> [Effect] {
        pendingReplace = nil
        return [.copyToClipboard(block.shellText, page: page)]
    }

    /// `w`: write the block as a script to `path`, never over an existing file unasked.
    public mutating func write(_ block: CommandBlock, to path: String, page: PageID) -> [Effect] {
        pendingReplace = nil
        return [.writeScript(path: path, contents: block.script, replacing: false, page: page)]
    }

    /// The topic of the "replace it?" confirmation.
    public static let replaceTopic = "commandBlock.replaceScript"

    /// Takes the result of a copy or a write, or the answer to "replace it?"; returns the
    /// effects that follow, or nil when `result` is none of them.
    public mutating func receive(_ result: EffectResult, script: String, page: PageID) -> [Effect]? {
        switch result {
        case .clipboardSent(let bytes, nil):
            say("Copy sent to the terminal (OSC 52, \(bytes) bytes); terminals do not confirm it. In tmux it needs `set -g set-clipboard on`.",
                problem: false)
        case .clipboardSent(_, let problem?):
            say("Could not send the copy to the terminal: \(problem). w writes a script instead.", problem: true)
        case .scriptWritten(let path, .written):
            say("Wrote \(path) (#!/bin/sh, set -eu, mode 0755): run it with sh \(path).", problem: false)
        case .scriptWritten(let path, .alreadyExists):
            pendingReplace = path
            pendingScript = script
            message = nil
            return [.confirm(Confirmation(title: "Replace \(path)?", question: "\(path) exists. Replace it with these commands?",
                                          yes: "Replace it", no: "Keep it", asker: .page(page, topic: Self.replaceTopic)))]
        case .scriptWritten(let path, .failed(let reason)):
            say("Could not write \(path): \(reason).", problem: true)
        case .confirmed(Self.replaceTopic):
            guard let path = pendingReplace else { return [] }
            pendingReplace = nil
            return [.writeScript(path: path, contents: pendingScript, replacing: true, page: page)]
        case .declined(Self.replaceTopic):
            guard let path = pendingReplace else { return [] }
            pendingReplace = nil
            say("Kept the existing \(path); nothing written.", problem: false)
        default:
            return nil
        }
        return []
    }

    /// Forgets the message (the commands changed, or the page left them).
    public mutating func clear() {
        message = nil
        pendingReplace = nil
    }

    private mutating func say(_ text: String, problem: Bool) {
        message = text
        isProblem = problem
    }

    /// The default script file for `name`, in the current directory: `./<name>.sh` with
    /// anything but letters, digits and `._+=,@-` written as `_`.
    public static func defaultScriptPath(for name: String) -> String {
        let safe = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._+=,@-".contains($0)) ? $0 : "_" })
        return "./" + (safe.isEmpty ? "rolecall-commands" : safe) + ".sh"
    }
}
