import DisplayText
import ConsoleUI
import Testing

@Suite("Frame: cells, wide characters and clipping")
struct FrameTests {
    @Test("a wide character takes two cells and a cut one is left out, not split, the cut marked …")
    func wideCharacters() {
        var frame = Frame(size: Size(width: 5, height: 1))
        let written = frame.put("運用チ", row: 0, col: 0, role: .text)
        #expect(written == 5)
        #expect(frame.lines == ["運用…"])
        #expect(frame[0, 1].isContinuation)
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var frame = Frame(size: Size(width: 6, height: 1))
        frame.put("運用", row: 0, col: 0, role: .text)
        frame.put("x", row: 0, col: 1, role: .text)
        #expect(frame.lines == [" x用"])
    }

    @Test("text is clipped at the right edge and to maxWidth, never without an ellipsis (#15)")
    func clipping() {
        var frame = Frame(size: Size(width: 8, height: 3))
        frame.put("abcdefghij", row: 0, col: 3, role: .text)
        frame.put("abcdefghij", row: 1, col: 0, role: .text, maxWidth: 3)
        frame.put("abc", row: 2, col: 0, role: .text, maxWidth: 3)
        #expect(frame.lines == ["   abcd…", "ab…", "abc"])
    }

    @Test("boxes and panels use Unicode line characters")
    func panel() {
        var frame = Frame(size: Size(width: 14, height: 3))
        let inner = frame.panel(Rect(row: 0, col: 0, width: 14, height: 3), title: "Roles")
        #expect(frame.lines == ["┌─ Roles ────┐", "│            │", "└────────────┘"])
        #expect(inner == Rect(row: 1, col: 1, width: 12, height: 1))
        #expect(frame.roleLines[0] == "bbTTTTTTTbbbbb")
    }
}

@Suite("ListView renders only the visible window")
struct ListViewTests {
    @Test("thousands of rows: only visible rows are produced, the selection stays in view")
    func largeList() {
        var selection = ListSelection()
        selection.apply(.moveToLast, count: 5_000, visibleRows: 10)
        #expect(selection.selected == 4_999)
        #expect(selection.top == 4_990)
        var frame = Frame(size: Size(width: 40, height: 11))
        var produced: [Int] = []
        ListView.render(into: &frame, area: Rect(frame.size), columns: [ListColumn("Role name")],
                        count: 5_000, selection: selection) { index in
            produced.append(index)
            return ["role-\(index)"]
        }
        #expect(produced == Array(4_990..<5_000))
        #expect(frame.lines[0] == "  Role name")
        #expect(frame.lines[10] == "› role-4999")
    }

    @Test("paging moves by a screen less one row, clamped at both ends", arguments: [
        (Command.pageDown, 0, 9), (Command.pageUp, 20, 11), (Command.pageUp, 3, 0), (Command.moveDown, 99, 99),
    ])
    func paging(command: Command, from: Int, to: Int) {
        var selection = ListSelection()
        selection.select(from, count: 100, visibleRows: 10)
        selection.apply(command, count: 100, visibleRows: 10)
        #expect(selection.selected == to)
    }
}

@Suite("A frame stores only what the display rule lets through")
struct FrameSanitizingTests {
    @Test("controls, bidi overrides, joiners and bare marks never reach a cell")
    func frameIsClean() {
        var frame = Frame(size: Size(width: 60, height: 1))
        frame.put("x\u{1b}[31m\u{9b}\u{202e}y\u{200d}\u{ad}\u{301}", row: 0, col: 0, role: .text)
        let scalars = frame.cells.flatMap { $0.text.unicodeScalars }
        #expect(!scalars.contains { Sanitizer.mustEscape($0) })
        #expect(frame.lines[0] == "x\\x1b[31m\\x9b\\u202ey\\u200d\\u00ad\u{25cc}\u{301}")
    }
}
