/// The one confirmation dialog: a question before something that loses work or changes the
/// lab for good. The shell shows it modally (it takes every key: `y`/Enter yes, `n`/Esc no,
/// a second Ctrl-C quits) and hands the answer to whoever asked, so the quit question, a
/// removal on the Users page and the wizard's "Discard this role?" look and answer alike.
public struct Confirmation: Hashable, Sendable {
    /// Who gets the answer.
    public enum Asker: Hashable, Sendable {
        /// The shell's own question: yes quits rolecall.
        case quit
        /// A page: the answer goes back to it as `EffectResult.confirmed(topic)` or
        /// `.declined(topic)`.
        case page(PageID, topic: String)
    }

    /// The dialog's title.
    public var title: String
    /// The question, wrapped in the box.
    public var question: String
    /// What `y` does, in words ("Yes, quit", "Delete").
    public var yes: String
    /// What `n` does, in words.
    public var no: String
    /// The title's style (a warning for what cannot be undone).
    public var titleRole: StyleRole
    /// Who gets the answer.
    public var asker: Asker

    /// A question; `asker` gets the answer.
    public init(title: String, question: String, yes: String, no: String, titleRole: StyleRole = .warning, asker: Asker) {
        self.title = title
        self.question = question
        self.yes = yes
        self.no = no
        self.titleRole = titleRole
        self.asker = asker
    }

    /// Quit although a form has unsaved input.
    public static let quitWithUnsavedInput = Confirmation(
        title: "Confirm", question: "You have unsaved input. Quit rolecall and lose it?", yes: "Yes, quit", no: "No, keep working",
        asker: .quit)
}
