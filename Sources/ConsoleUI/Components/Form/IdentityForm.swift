/// One labelled field of an identity form: one line of text, or a choice cycled with ← →.
struct IdentityField: Hashable, Sendable {
    /// The label shown before the field.
    var label: String
    /// What the user typed (or the chosen value), edited by the console's one text field.
    var input: TextField
    /// Shown dimmed while the field is empty (a suggestion or example).
    var placeholder: String = ""
    /// For a choice field, the values ← → cycle through; empty for a text field.
    var choices: [String] = []
    /// A password: drawn as one `•` per character, never as typed.
    var isSecret = false

    /// A field labelled `label` holding `text`, accepting at most `maxLength` characters.
    init(label: String, text: String = "", placeholder: String = "", choices: [String] = [], maxLength: Int = 2048,
         isSecret: Bool = false) {
        self.label = label
        self.input = TextField(text, maxLength: maxLength)
        self.placeholder = placeholder
        self.choices = choices
        self.isSecret = isSecret
    }

    /// What the user typed (or the chosen value).
    var text: String {
        get { input.text }
        set { input.set(newValue) }
    }

    /// Whether ← → choose instead of typing.
    var isChoice: Bool { !choices.isEmpty }
}

/// A vertical form of fields shared by the Sign in, Switch Role, Session and Users pages:
/// ↑ ↓ move between fields, typed characters go to the focused text field, Esc leaves the
/// field so single-letter page keys work again.
struct IdentityForm: Hashable, Sendable {
    /// The fields, top to bottom.
    var fields: [IdentityField]
    /// The focused field; nil when no field has focus.
    var focus: Int? = 0
    /// Whether text was typed since the form was last submitted successfully (or cleared).
    var isDirty = false

    /// Whether a text field has focus (single-letter commands then stand aside).
    var isTyping: Bool {
        guard let focus, fields.indices.contains(focus) else { return false }
        return !fields[focus].isChoice
    }

    /// Whether typed input would be lost: text typed and not yet used.
    var hasInput: Bool { isDirty && fields.contains { !$0.isChoice && !$0.text.isEmpty } }

    /// The text of field `index`, trimmed of surrounding spaces.
    subscript(index: Int) -> String {
        get { fields.indices.contains(index) ? fields[index].text.trimmingSpaces : "" }
        set { if fields.indices.contains(index) { fields[index].text = newValue } }
    }

    /// Moves the focus by `step`, wrapping; focuses the first (or last) field when none had
    /// focus. A text field entered this way has its text selected, so typing replaces a
    /// pre-filled value instead of appending to it.
    mutating func moveFocus(by step: Int) {
        guard !fields.isEmpty else { return }
        let next = focus.map { ($0 + step + fields.count) % fields.count } ?? (step >= 0 ? 0 : fields.count - 1)
        focus = next
        if !fields[next].isChoice { fields[next].input.selectAll() }
    }

    /// Applies a key to the focused field; false when the key is not for the form. With no
    /// field focused nothing is typed: keys are the page's until ↓ ↑ enter a field.
    mutating func apply(_ key: Key) -> Bool {
        guard let focus, fields.indices.contains(focus) else { return false }
        var field = fields[focus]
        switch key {
        case .left where field.isChoice, .right where field.isChoice:
            let index = field.choices.firstIndex(of: field.text) ?? 0
            let step = key == .left ? field.choices.count - 1 : 1
            field.text = field.choices[(index + step) % field.choices.count]
        case _ where !field.isChoice:
            guard field.input.edit(key) else { return false }
        default:
            return false
        }
        if !field.isChoice { isDirty = true }
        fields[focus] = field
        return true
    }

    /// The ↑ ↓ bindings of a page whose commands are named `<prefix>.nextField` and
    /// `<prefix>.previousField`.
    static func fieldBindings(prefix: String, scope: KeyScope) -> [KeyBinding] {
        [KeyBinding([.down], Command(prefix + ".nextField"), title: "Next field", help: "Move to the next field.", scope: scope),
         KeyBinding([.up], Command(prefix + ".previousField"), title: "Previous field", help: "Move to the previous field.", scope: scope)]
    }

    /// Applies a field-moving command (those of `fieldBindings`, or Esc to leave the field);
    /// false when `command` is something else.
    mutating func navigate(_ command: Command) -> Bool {
        if command.name.hasSuffix(".nextField") {
            moveFocus(by: 1)
        } else if command.name.hasSuffix(".previousField") {
            moveFocus(by: -1)
        } else if command == .back {
            focus = nil
        } else {
            return false
        }
        return true
    }

    /// Empties every text field and focuses the first.
    mutating func clear() {
        for index in fields.indices where !fields[index].isChoice { fields[index].text = "" }
        focus = 0
        isDirty = false
    }
}

extension String {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
