@testable import ConsoleUI
import Testing

/// The one filtered list: matching, the page's own condition and order, the kept selection, and
/// what an empty list says.
@Suite("FilteredList")
struct FilteredListTests {
    struct Name: FilterableRow {
        var name: String
        var note = ""
        var filterTexts: [String] { [name, note] }
    }

    static let rows = [Name(name: "Alpha"), Name(name: "beta", note: "ALPHA's twin"), Name(name: "Gamma")]

    @Test("a case-insensitive substring of any text matches; the empty filter shows every row")
    func matching() {
        var list = FilteredList(rows: Self.rows)
        #expect(list.count == 3)
        list.setFilter("alpha")
        #expect(list.shownRows.map(\.name) == ["Alpha", "beta"])
        list.setFilter("zzz")
        #expect(list.count == 0)
        #expect(list.selected == nil)
        #expect(list.emptyText.contains("nothing matches \u{201C}zzz\u{201D}"))
        list.setFilter("")
        #expect(list.emptyText == ListView.emptyText)
    }

    @Test("the page's condition and order apply; the kept row stays selected")
    func conditionOrderAndKeptSelection() {
        var list = FilteredList(rows: Self.rows)
        list.refilter(visibleRows: 2, where: { $0.name != "Gamma" }, orderedBy: { $0.name.lowercased() > $1.name.lowercased() },
                      keeping: { $0.name == "Alpha" })
        #expect(list.shownRows.map(\.name) == ["beta", "Alpha"])
        #expect(list.selected?.name == "Alpha")
        let moved = list.apply(.moveToFirst, visibleRows: 2)
        #expect(moved)
        #expect(list.selected?.name == "beta")
        let other = list.apply(.activate, visibleRows: 2)
        #expect(!other)
    }
}
