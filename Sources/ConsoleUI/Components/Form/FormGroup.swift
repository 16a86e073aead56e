/// A group of fields shown together: one step of a wizard, or one form. Focus order is the
/// declaration order of the fields that apply (`isShown`); Tab / Shift-Tab (and ↑ ↓ outside
/// lists) move through it, wrapping.
public struct FormGroup<State, ID: Hashable> {
    /// A muted line above the fields (followed by a blank row), if any.
    public var header: String?
    /// The fields, in focus order.
    public var fields: [FormField<State, ID>]

    /// A group of `fields` under `header`.
    public init(header: String? = nil, _ fields: [FormField<State, ID>]) {
        self.header = header
        self.fields = fields
    }

    /// The field with `id`, if the group has it.
    public func field(_ id: ID) -> FormField<State, ID>? {
        fields.first { $0.id == id }
    }

    /// The fields that apply in `state`, in focus order.
    public func shownFields(in state: State) -> [FormField<State, ID>] {
        fields.filter { $0.isShown(state) }
    }

    /// The field focus moves to from `focus` by `delta` places, wrapping; the first shown
    /// field when `focus` is not shown; `focus` itself when nothing is.
    public func focus(from focus: ID, by delta: Int, in state: State) -> ID {
        let ids = shownFields(in: state).map(\.id)
        guard !ids.isEmpty else { return focus }
        guard let index = ids.firstIndex(of: focus) else { return ids[0] }
        return ids[((index + delta) % ids.count + ids.count) % ids.count]
    }
}
