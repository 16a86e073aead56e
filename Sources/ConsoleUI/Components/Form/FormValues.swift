/// One labelled field of a simple form: one line of text (a secret for passwords), or a choice
/// cycled with ← →.
struct FormEntry: Hashable, Sendable {
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
    /// The concept that explains the field (help, guided mode).
    var concept: ConceptID = .signIn

    /// A field labelled `label` holding `text`, accepting at most `maxLength` characters.
    init(label: String, text: String = "", placeholder: String = "", choices: [String] = [], maxLength: Int = 2048,
         isSecret: Bool = false, concept: ConceptID = .signIn) {
        self.concept = concept
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

/// The values of a form of labelled fields (Sign in, Switch Role, Session, the Users page's
/// prompts): what is typed in each field, which has focus, whether anything was typed. It
/// declares itself as a `FormGroup` (`group`), so focus order, typing and drawing are the one
/// form model's (`FormGroup`, `FormField`, `FormLayout`), as in the Create role wizard: ↑ ↓
/// move between fields, typed characters go to the focused text field, Esc leaves the field
/// so single-letter page keys work again.
struct FormValues: Hashable, Sendable {
    /// The fields, top to bottom.
    var fields: [FormEntry]
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

    /// The form as a `FormGroup` over these values: a text field per text entry (a secret one
    /// for passwords), an inline choice (`◂ blue ▸`) per choice entry, in order.
    var group: FormGroup<FormValues, Int> {
        FormGroup(fields.indices.map { index in
            let entry = fields[index]
            var field: FormField<FormValues, Int>
            if entry.isChoice {
                field = FormField(index, entry.label, kind: .choice(
                    options: { $0.fields[index].choices },
                    get: { form in form.fields[index].choices.firstIndex(of: form.fields[index].text) ?? 0 },
                    set: { form, choice in form.fields[index].text = form.fields[index].choices[choice] }), concept: entry.concept)
                field.choiceStyle = .inline
            } else {
                field = FormField(index, entry.label, kind: .text(get: { $0.fields[index].input }, set: { $0.fields[index].input = $1 },
                                                                 placeholder: entry.placeholder), concept: entry.concept)
                field.isSecret = entry.isSecret
            }
            return field
        })
    }

    /// Moves the focus by `step` in the group's order, wrapping; focuses the first (or last)
    /// field when none had focus. A text field entered this way has its text selected, so
    /// typing replaces a pre-filled value instead of appending to it.
    mutating func moveFocus(by step: Int) {
        let group = group
        let ids = group.shownFields(in: self).map(\.id)
        guard let first = ids.first, let last = ids.last else { return }
        let next = focus.map { group.focus(from: $0, by: step, in: self) } ?? (step >= 0 ? first : last)
        focus = next
        if !fields[next].isChoice { fields[next].input.selectAll() }
    }

    /// Applies a key to the focused field; false when the key is not for the form. With no
    /// field focused nothing is typed: keys are the page's until ↓ ↑ enter a field. ← → step
    /// a choice (wrapping, as the AWS console's colour picker does).
    mutating func apply(_ key: Key) -> Bool {
        guard let focus, let field = group.field(focus) else { return false }
        if fields[focus].isChoice {
            guard key == .left || key == .right else { return false }
            return field.cycle(by: key == .left ? -1 : 1, in: &self)
        }
        guard field.edit(key, in: &self) else { return false }
        isDirty = true
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
