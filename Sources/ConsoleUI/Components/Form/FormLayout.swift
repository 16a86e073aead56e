import DisplayText

/// Draws a `FormGroup`, written once for every form: each field a row with its label in a
/// column on the left, the focused one marked `›` in the focus role; a text field as
/// `[text]` with its problem (in the danger role) or hint (muted) below; a checkbox as
/// `[x] label` with its hint; a choice as `(•)` / `( )` rows or `◂ option ▸`; a secret as `•`s.
/// The Create role wizard's steps and the Sign in, Switch Role, Session and Users forms all
/// draw through it.
public enum FormLayout {
    /// Width of the label column.
    public static let labelWidth = 20

    /// What drawing needs beyond the state: which field has focus and whether it is being typed in.
    public struct Focus<ID: Hashable> {
        /// The focused field; nil when no field has focus (page keys apply).
        public var id: ID?
        /// Whether the focused text field takes typed keys (no overlay covers it).
        public var isTyping: Bool
        /// Width of the label column.
        public var labelWidth: Int

        /// The focus on `id`, labels in a column `labelWidth` wide.
        public init(_ id: ID?, isTyping: Bool, labelWidth: Int = FormLayout.labelWidth) {
            self.id = id
            self.isTyping = isTyping
            self.labelWidth = labelWidth
        }
    }

    /// Draws `group`'s header and shown fields (not `.custom` ones) from `area`'s top row;
    /// returns the next free row.
    @discardableResult
    public static func render<State, ID>(_ group: FormGroup<State, ID>, _ state: State, focus: Focus<ID>,
                                         into frame: inout Frame, area: Rect) -> Int {
        var row = area.row
        if let header = group.header {
            frame.put(header, row: row, col: area.col, role: .muted, maxWidth: area.width)
            row += 2
        }
        for field in group.shownFields(in: state) {
            if case .custom = field.kind { continue }
            row += field.spaceBefore
            row = render(field, state, focus: focus, into: &frame, row: row, area: area)
        }
        return row
    }

    /// Draws one field at `row`; returns the next free row.
    @discardableResult
    public static func render<State, ID>(_ field: FormField<State, ID>, _ state: State, focus: Focus<ID>,
                                         into frame: inout Frame, row: Int, area: Rect) -> Int {
        var next: Int
        switch field.kind {
        case .text(let get, _, let placeholder):
            next = textField(field, get(state), placeholder: placeholder, state, focus: focus, into: &frame, row: row, area: area)
        case .checkbox(let get, _):
            next = checkbox(field, checked: get(state), state, focus: focus, into: &frame, row: row, area: area)
        case .choice(let options, let get, _) where field.choiceStyle == .inline:
            next = inlineChoice(field, options: options(state), selected: get(state), focus: focus, into: &frame, row: row, area: area)
        case .choice(let options, let get, _):
            next = choice(field, options: options(state), selected: get(state), focus: focus, into: &frame, row: row, area: area)
        case .custom:
            return row
        }
        let col = area.col + focus.labelWidth + 2
        for line in field.notes(state).flatMap({ WordWrap.lines("! " + $0, width: area.width - focus.labelWidth - 2) }) where next < area.maxRow {
            frame.put(line, row: next, col: col, role: .warning, maxWidth: area.width - focus.labelWidth - 2)
            next += 1
        }
        return next
    }

    /// The label at the start of `row`, marked `›` when `field` has focus.
    public static func label<State, ID>(_ field: FormField<State, ID>, focus: Focus<ID>, into frame: inout Frame, row: Int, area: Rect) {
        let focused = focus.id == field.id
        frame.put(focused ? "›" : " ", row: row, col: area.col, role: focused ? .focus : .text)
        frame.put(field.columnLabel, row: row, col: area.col + 1, role: focused ? .focus : .text, maxWidth: focus.labelWidth)
    }

    /// `[text]` with its problem (up to three lines) or hint (up to two) below.
    static func textField<State, ID>(_ field: FormField<State, ID>, _ input: TextField, placeholder: String, _ state: State,
                                     focus: Focus<ID>, into frame: inout Frame, row: Int, area: Rect) -> Int {
        guard row < area.maxRow else { return row }
        label(field, focus: focus, into: &frame, row: row, area: area)
        let col = area.col + focus.labelWidth + 2
        let width = max(4, min(area.maxCol - col, 60))
        let role: StyleRole = focus.id == field.id ? .focus : .input
        frame.put("[", row: row, col: col, role: role)
        // A secret shows one bullet per character, the cursor at the end: never the text itself.
        let shown = field.isSecret ? TextField(String(repeating: "•", count: input.text.count), maxLength: input.maxLength) : input
        shown.render(into: &frame, row: row, col: col + 1, width: width - 2, focused: focus.id == field.id && focus.isTyping,
                     placeholder: placeholder)
        frame.put("]", row: row, col: col + width - 1, role: role)
        var next = row + 1
        let message = field.validate(state)
        let lines = WordWrap.lines(message ?? field.hint(state), width: area.maxCol - col)
        for line in lines.prefix(message == nil ? 2 : 3) where next < area.maxRow && !line.isEmpty {
            frame.put(line, row: next, col: col, role: message == nil ? .muted : .danger, maxWidth: area.maxCol - col)
            next += 1
        }
        return next
    }

    /// `[x] label` (or `[ ]`) with its hint below.
    static func checkbox<State, ID>(_ field: FormField<State, ID>, checked: Bool, _ state: State, focus: Focus<ID>,
                                    into frame: inout Frame, row: Int, area: Rect) -> Int {
        guard row < area.maxRow else { return row }
        label(field, focus: focus, into: &frame, row: row, area: area)
        let col = area.col + focus.labelWidth + 2
        let role: StyleRole = focus.id == field.id ? .focus : .text
        let x = col + frame.put(checked ? "[x] " : "[ ] ", row: row, col: col, role: role)
        frame.put(field.label, row: row, col: x, role: .text, maxWidth: area.maxCol - x)
        guard row + 1 < area.maxRow else { return row + 1 }
        frame.put(field.hint(state), row: row + 1, col: col + 4, role: .muted, maxWidth: area.maxCol - col - 4)
        return row + 2
    }

    /// `(•) option` / `( ) option`, one per row.
    static func choice<State, ID>(_ field: FormField<State, ID>, options: [String], selected: Int, focus: Focus<ID>,
                                  into frame: inout Frame, row: Int, area: Rect) -> Int {
        label(field, focus: focus, into: &frame, row: row, area: area)
        var next = row
        let col = area.col + focus.labelWidth + 2
        for (index, text) in options.enumerated() where next < area.maxRow {
            let role: StyleRole = focus.id == field.id && index == selected ? .focus : .text
            frame.put((index == selected ? "(•) " : "( ) ") + text, row: next, col: col, role: role, maxWidth: area.maxCol - col)
            next += 1
        }
        return next
    }

    /// `◂ option ▸` on one row.
    static func inlineChoice<State, ID>(_ field: FormField<State, ID>, options: [String], selected: Int, focus: Focus<ID>,
                                        into frame: inout Frame, row: Int, area: Rect) -> Int {
        guard row < area.maxRow else { return row }
        label(field, focus: focus, into: &frame, row: row, area: area)
        let col = area.col + focus.labelWidth + 2
        let text = options.indices.contains(selected) ? options[selected] : ""
        frame.put("◂ \(text) ▸", row: row, col: col, role: focus.id == field.id ? .focus : .input, maxWidth: area.maxCol - col)
        return row + 1
    }
}
