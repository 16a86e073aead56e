/// Turns a mouse event into the keys that do the same thing, so the mouse needs no code in any
/// page and can never do what the keyboard cannot:
/// - the wheel is ↑ or ↓ three times (lists, the help overlay, the review);
/// - a click on a header tab opens that page (as its digit does);
/// - a click on a status-bar key (`q Quit`, `Enter Next`) presses that key;
/// - a click on a `[ button ]` is Enter;
/// - a click on a list row, a form field or a detail tab moves there with the keys that move
///   the selection or focus (↓ ↑ → ← Tab Shift-Tab), tried on a copy of the state and kept only
///   when the selection, cursor or focus marker lands on the clicked row;
/// - a click on the selected row opens it (Enter); on a checkbox or choice row, ticks it (Space).
/// Clicks in the body are ignored while an overlay (help, a confirmation) is open: it is modal.
public enum MouseRouter {
    /// Applies `event` to `state`; returns the effects of the keys it stood for.
    public static func route(_ event: MouseEvent, in state: inout AppState) -> [Effect] {
        guard !state.isTooSmall else { return [] }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let key: Key = event.kind == .wheelUp ? .up : .down
            return (0..<3).flatMap { _ in ConsoleShell.reduce(&state, .keyPressed(key)) }
        case .press:
            let layout = ConsoleLayout(state)
            let frame = ConsoleShell.render(state, size: state.size)
            if event.row == layout.statusBar.row { return clickStatusBar(event, frame: frame, in: &state) }
            if state.showsHelp || state.confirmation != nil { return [] }
            if event.row == layout.header.row { return clickTab(event, frame: frame, in: &state) }
            guard layout.body.contains(row: event.row, col: event.col) else { return [] }
            return clickBody(event, frame: frame, in: &state)
        }
    }

    /// The header's tab under the click, by its label (title, short title or number).
    static func clickTab(_ event: MouseEvent, frame: Frame, in state: inout AppState) -> [Effect] {
        let tabRoles: Set<StyleRole> = [.tab, .tabActive]
        guard let run = run(in: frame, row: event.row, col: event.col, where: { tabRoles.contains($0.role) }) else { return [] }
        let label = run.text.trimmingCharacters(in: "[]‹› ")
        let index = state.pages.indices.first { index in
            let page = state.pages[index].id
            return [page.title, page.shortTitle, "\(index + 1)", "\(index + 1) \(page.shortTitle)"].contains(label)
        }
        guard let index else { return [] }
        return ConsoleShell.perform(.goToPage(index + 1), on: &state)
    }

    /// A status-bar key hint under the click: press that key, if a binding in effect has it.
    static func clickStatusBar(_ event: MouseEvent, frame: Frame, in state: inout AppState) -> [Effect] {
        guard let run = run(in: frame, row: event.row, col: event.col, where: { $0.role == .keyHint }) else { return [] }
        let name = run.text.trimmingCharacters(in: " ")
        let keys = state.keyTable.activeBindings(in: state).flatMap(\.keys)
        guard let key = keys.first(where: { $0.displayName == name }) else { return [] }
        return ConsoleShell.reduce(&state, .keyPressed(key))
    }

    /// A click in the page: a button, then the row a selection or focus can move to.
    static func clickBody(_ event: MouseEvent, frame: Frame, in state: inout AppState) -> [Effect] {
        if let button = run(in: frame, row: event.row, col: event.col, where: { $0.role == .keyHint }),
           button.text.hasPrefix("["), button.text.hasSuffix("]") {
            return ConsoleShell.reduce(&state, .keyPressed(.enter))
        }
        let target = Target(row: event.row, col: event.col)
        if target.isReached(in: frame) { return onReached(target, frame: frame, in: &state, moved: false) }
        for key in [Key.down, .up, .right, .left, .tab, .backTab] {
            guard var trial = press(key, from: state, until: target) else { continue }
            let reached = ConsoleShell.render(trial.state, size: trial.state.size)
            trial.effects += onReached(target, frame: reached, in: &trial.state, moved: true)
            state = trial.state
            return trial.effects
        }
        return []
    }

    /// After the selection or focus reached the clicked row: Space on a checkbox or choice, and
    /// Enter on a list row that was already selected.
    static func onReached(_ target: Target, frame: Frame, in state: inout AppState, moved: Bool) -> [Effect] {
        let text = frame.row(target.row).map(\.text).joined()
        if text.contains("[ ]") || text.contains("[x]") || text.contains("( )") {
            return ConsoleShell.reduce(&state, .keyPressed(.character(" ")))
        }
        if !moved, target.isSelectedListRow(in: frame) {
            return ConsoleShell.reduce(&state, .keyPressed(.enter))
        }
        return []
    }

    /// Presses `key` on a copy of `state` until `target` is reached; nil when it never is (or
    /// the screen stops changing).
    static func press(_ key: Key, from state: AppState, until target: Target) -> (state: AppState, effects: [Effect])? {
        var copy = state
        var effects: [Effect] = []
        var last = ConsoleShell.render(copy, size: copy.size)
        // A visible row is never further away than the screen is high.
        for _ in 0..<max(1, state.size.height) {
            effects += ConsoleShell.reduce(&copy, .keyPressed(key))
            if copy.activePageIndex != state.activePageIndex || copy.showsHelp || copy.confirmation != nil { return nil }
            let frame = ConsoleShell.render(copy, size: copy.size)
            if target.isReached(in: frame) { return (copy, effects) }
            if frame == last { return nil }
            last = frame
        }
        return nil
    }

    /// The run of cells around `col` on `row` that satisfy `belongs`, as text.
    static func run(in frame: Frame, row: Int, col: Int, where belongs: (Cell) -> Bool) -> (text: String, start: Int)? {
        guard frame.contains(row: row, col: col), belongs(frame[row, col]) else { return nil }
        var start = col
        while start > 0, belongs(frame[row, start - 1]) { start -= 1 }
        var end = col
        while end + 1 < frame.size.width, belongs(frame[row, end + 1]) { end += 1 }
        return ((start...end).map { frame[row, $0].text }.joined(), start)
    }

    /// Where a click asks the selection or focus to go.
    struct Target {
        let row: Int
        let col: Int

        /// Whether the list selection, a field's cursor, the `›` focus marker, or the active
        /// tab is on the clicked row (the tab: under the clicked column).
        func isReached(in frame: Frame) -> Bool {
            if isSelectedListRow(in: frame) { return true }
            if frame.cursor?.row == row { return true }
            if frame.row(row).contains(where: { $0.role == .focus && $0.text == "›" }) { return true }
            return frame[row, col].role == .tabActive
        }

        /// Whether the clicked row is a list's selected row.
        func isSelectedListRow(in frame: Frame) -> Bool {
            frame[row, col].role == .selection || frame.row(row).filter { $0.role == .selection }.count > 2
        }
    }
}

extension String {
    /// Without leading and trailing characters from `set`.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
