/// One field of a form, as a value (in the manner of charmbracelet/huh): what it is called,
/// what kind of input it takes and where that input lives in the page's state, the concept
/// that explains it, how it is checked, and when it applies. Layout, focus and keys are
/// written once in `FormGroup` and `FormLayout`; a page declares its fields and nothing more.
public struct FormField<State, ID: Hashable> {
    /// The kind of input, with its binding into the page's state.
    public enum Kind {
        /// One line of text (printable keys go into it while it has focus).
        case text(get: (State) -> TextField, set: (inout State, TextField) -> Void, placeholder: String)
        /// `[x] label` (Space ticks or clears it).
        case checkbox(get: (State) -> Bool, set: (inout State, Bool) -> Void)
        /// Radio options, one per row; Space moves to the next, ← → pick the previous or next.
        case choice(options: (State) -> [String], get: (State) -> Int, set: (inout State, Int) -> Void)
        /// Drawn and operated by the page (a list, a document); the form only focuses it.
        case custom

        /// A text field bound to `keyPath`.
        public static func text(_ keyPath: WritableKeyPath<State, TextField>, placeholder: String = "") -> Kind {
            .text(get: { $0[keyPath: keyPath] }, set: { $0[keyPath: keyPath] = $1 }, placeholder: placeholder)
        }

        /// A checkbox bound to `keyPath`.
        public static func checkbox(_ keyPath: WritableKeyPath<State, Bool>) -> Kind {
            .checkbox(get: { $0[keyPath: keyPath] }, set: { $0[keyPath: keyPath] = $1 })
        }
    }

    /// The field's identity (what the page's focus holds).
    public var id: ID
    /// The field's name, as help and checkboxes show it.
    public var label: String
    /// The text in the form's label column (defaults to `label`; a checkbox row often shows a
    /// group name such as "Options", or nothing).
    public var columnLabel: String
    /// The input and its binding.
    public var kind: Kind
    /// The concept-catalog topic that explains the field (guided mode, `?`/F1, docs/concepts.md).
    public var concept: ConceptID
    /// The muted line(s) under the field: what it takes.
    public var hint: (State) -> String
    /// The problem with the field's value, in AWS's words, or nil.
    public var validate: (State) -> String?
    /// Whether the field applies now (hidden fields are neither drawn nor focused).
    public var isShown: (State) -> Bool
    /// Warning lines drawn under the field when it is shown.
    public var notes: (State) -> [String]
    /// Blank rows above the field.
    public var spaceBefore: Int
    /// A password: a text field drawn as one `•` per character, never as typed.
    public var isSecret = false
    /// How a choice is drawn: one `(•)` row per option, or `◂ option ▸` on one row.
    public var choiceStyle = ChoiceStyle.rows

    /// How a choice is drawn.
    public enum ChoiceStyle: Sendable {
        /// `(•) option` / `( ) option`, one row each.
        case rows
        /// `◂ option ▸` on one row (← → change it).
        case inline
    }

    /// A field; only `id`, `label`, `kind` and `concept` are required.
    public init(_ id: ID, _ label: String, kind: Kind, concept: ConceptID, columnLabel: String? = nil,
                hint: @escaping (State) -> String = { _ in "" }, validate: @escaping (State) -> String? = { _ in nil },
                isShown: @escaping (State) -> Bool = { _ in true }, notes: @escaping (State) -> [String] = { _ in [] },
                spaceBefore: Int = 0) {
        self.id = id
        self.label = label
        self.columnLabel = columnLabel ?? label
        self.kind = kind
        self.concept = concept
        self.hint = hint
        self.validate = validate
        self.isShown = isShown
        self.notes = notes
        self.spaceBefore = spaceBefore
    }

    /// Whether the field takes typed text.
    public var isText: Bool {
        if case .text = kind { return true }
        return false
    }

    /// Applies an editing key to a text field; false when the field takes no text or the key
    /// is not an editing key.
    @discardableResult
    public func edit(_ key: Key, in state: inout State) -> Bool {
        guard case .text(let get, let set, _) = kind else { return false }
        var input = get(state)
        guard input.edit(key) else { return false }
        set(&state, input)
        return true
    }

    /// Space: ticks or clears a checkbox, moves a choice to its next option; false when the
    /// field has no such action (the page's own fields).
    @discardableResult
    public func toggle(in state: inout State) -> Bool {
        switch kind {
        case .checkbox(let get, let set):
            set(&state, !get(state))
        case .choice(let options, let get, let set):
            let count = options(state).count
            guard count > 0 else { return false }
            set(&state, (get(state) + 1) % count)
        default: return false
        }
        return true
    }

    /// ← / → on a choice that wraps around (`◂ blue ▸`): the previous or next option, from the
    /// last back to the first; false when the field is not a choice.
    @discardableResult
    public func cycle(by delta: Int, in state: inout State) -> Bool {
        guard case .choice(let options, let get, let set) = kind else { return false }
        let count = options(state).count
        guard count > 0 else { return false }
        set(&state, ((get(state) + delta) % count + count) % count)
        return true
    }

    /// ← / → on a choice: the previous or next option (stopping at the ends); false otherwise.
    @discardableResult
    public func step(by delta: Int, in state: inout State) -> Bool {
        guard case .choice(let options, let get, let set) = kind else { return false }
        let count = options(state).count
        guard count > 0 else { return false }
        set(&state, max(0, min(count - 1, get(state) + delta)))
        return true
    }
}
