@testable import ConsoleUI
import DisplayText

/// The layout rules of issue #15, checked on one rendered screen: every tab is in the tab bar,
/// no known long value is cut without an ellipsis (or wrapped on to the next line), and a
/// field being typed in has the cursor on screen, inside the page and not under the guide.
struct LayoutCheck {
    /// Long values the lab holds; any that shows must show whole, end in `…` where it is cut,
    /// or carry on at the start of the next line.
    let tokens: [String]

    /// What is wrong with `state`'s screen, one line per finding.
    func problems(_ state: AppState) -> [String] {
        let frame = ConsoleShell.render(state, size: state.size)
        return tabProblems(frame, state) + cutProblems(frame) + focusProblems(frame, state)
    }

    /// Every page's tab shows as its title, its short title or its number; nothing scrolled away.
    func tabProblems(_ frame: Frame, _ state: AppState) -> [String] {
        let header = frame.lines.first ?? ""
        if header.contains("‹") || header.contains("›") { return ["the tab bar scrolls: \(header)"] }
        let words = Set(header.split(whereSeparator: { $0 == " " || $0 == "[" || $0 == "]" }).map(String.init))
        return state.pages.enumerated().compactMap { index, page in
            let shown = header.contains(page.id.title) || header.contains(page.id.shortTitle) || words.contains(String(index + 1))
            return shown ? nil : "tab \(index + 1) (\(page.id.title)) is missing from the bar: \(header)"
        }
    }

    /// A known value shown in part must end in `…`, or go on at the start of the next line.
    func cutProblems(_ frame: Frame) -> [String] {
        let lines = frame.lines.map { Array($0) }
        var found: [String] = []
        for (row, line) in lines.enumerated() {
            for token in tokens {
                let wanted = Array(token)
                let head = Array(wanted.prefix(8))
                guard wanted.count > 8, line.count >= head.count else { continue }
                var start = 0
                while start + head.count <= line.count {
                    defer { start += 1 }
                    guard Array(line[start..<(start + head.count)]) == head else { continue }
                    var matched = head.count
                    while matched < wanted.count, start + matched < line.count, line[start + matched] == wanted[matched] { matched += 1 }
                    if matched == wanted.count { continue }
                    let next: Character? = start + matched < line.count ? line[start + matched] : nil
                    if next == "…" { continue }
                    // Only a cut at an edge counts: end of line, a border, or blank space.
                    guard next == nil || next == " " || next == "│" || next == "┃" else { continue }
                    if row + 1 < lines.count, Self.continues(wanted, from: matched, on: lines[row + 1]) { continue }
                    // A scrolling view that says more follows has not cut it unseen.
                    if row + 1 < lines.count, String(lines[row + 1]).contains("↓ ") { continue }
                    found.append("row \(row + 1): \"\(String(wanted.prefix(matched)))\" is cut without an ellipsis in: \(String(line))")
                }
            }
        }
        return found
    }

    /// Whether `line`'s first text (after borders, blanks and a wrapped JSON line's `↪` mark)
    /// carries on `token` from `offset`.
    static func continues(_ token: [Character], from offset: Int, on line: [Character]) -> Bool {
        let rest = Array(token[offset...])
        let text = Array(String(line).drop { $0 == " " || $0 == "│" || $0 == "┃" || $0 == "›" || $0 == "↪" })
        let length = min(rest.count, text.count, 6)
        return length > 0 && Array(text.prefix(length)) == Array(rest.prefix(length))
    }

    /// While a field takes typing, the cursor shows inside the page and outside the guide panel.
    func focusProblems(_ frame: Frame, _ state: AppState) -> [String] {
        guard let page = state.activePage, page.isTyping, !state.showsHelp else { return [] }
        let layout = ConsoleLayout(state)
        guard let cursor = frame.cursor else { return ["\(page.id.title) takes typing but shows no cursor"] }
        let inBody = cursor.row >= layout.body.row && cursor.row < layout.body.maxRow
            && cursor.col >= layout.body.col && cursor.col < layout.body.maxCol
        return inBody ? [] : ["\(page.id.title): the focused field's cursor \(cursor) is outside the page \(layout.body)"]
    }
}
