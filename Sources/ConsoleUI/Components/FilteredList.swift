/// A row a `FilteredList` can show: the texts typing after `/` searches.
protocol FilterableRow: Hashable, Sendable {
    /// What the filter looks in (a case-insensitive substring of any of them matches).
    var filterTexts: [String] { get }
}

/// The one filtered list: rows, the filter typed after `/`, which rows it lets through (in the
/// page's order), the selection and the scrolled window, and the empty state. Roles, Policies,
/// Users, the Attach policy picker and the wizard's policy step all filter through it, so a
/// filter matches the same way, keeps the selected row and says "no match" the same way on
/// every page.
struct FilteredList<Row: FilterableRow>: Hashable, Sendable {
    /// Every row, as loaded.
    private(set) var rows: [Row]
    /// The filter text (empty: every row).
    private(set) var filter = ""
    /// Indices into `rows` of the rows shown, in the order shown.
    private(set) var shown: [Int] = []
    /// The selected shown row and the window's top.
    var selection = ListSelection()

    /// A list of `rows`, every one shown in their order.
    init(rows: [Row] = []) {
        self.rows = rows
        shown = Array(rows.indices)
    }

    /// Whether `row` matches `filter`: empty, or a case-insensitive substring of one of its texts.
    static func matches(_ row: Row, _ filter: String) -> Bool {
        guard !filter.isEmpty else { return true }
        let needle = filter.lowercased()
        return row.filterTexts.contains { $0.lowercased().contains(needle) }
    }

    /// The rows shown, in order.
    var shownRows: [Row] { shown.map { rows[$0] } }

    /// How many rows are shown.
    var count: Int { shown.count }

    /// The selected row, if any is shown.
    var selected: Row? {
        shown.indices.contains(selection.selected) ? rows[shown[selection.selected]] : nil
    }

    /// The shown row at `index` (0-based among the shown rows).
    subscript(shownAt index: Int) -> Row { rows[shown[index]] }

    /// Replaces the rows (a reload), then filters again keeping the row `keeping` picks.
    mutating func setRows(_ rows: [Row], visibleRows: Int = 1, where include: (Row) -> Bool = { _ in true },
                          orderedBy order: ((Row, Row) -> Bool)? = nil, keeping: ((Row) -> Bool)? = nil) {
        self.rows = rows
        refilter(visibleRows: visibleRows, where: include, orderedBy: order, keeping: keeping)
    }

    /// Sets the filter text and filters again (the selection goes to the first match unless
    /// `keeping` picks a row still shown).
    mutating func setFilter(_ text: String, visibleRows: Int = 1, where include: (Row) -> Bool = { _ in true },
                            orderedBy order: ((Row, Row) -> Bool)? = nil, keeping: ((Row) -> Bool)? = nil) {
        filter = text
        refilter(visibleRows: visibleRows, where: include, orderedBy: order, keeping: keeping)
    }

    /// Filters again: the filter and the page's own condition (`include`: a type, a scope), in
    /// the page's `order`; the row `keeping` picks stays selected when still shown.
    mutating func refilter(visibleRows: Int = 1, where include: (Row) -> Bool = { _ in true },
                           orderedBy order: ((Row, Row) -> Bool)? = nil, keeping: ((Row) -> Bool)? = nil) {
        let needle = filter
        var indices = rows.indices.filter { include(rows[$0]) && Self.matches(rows[$0], needle) }
        if let order { indices.sort { order(rows[$0], rows[$1]) } }
        shown = indices
        let index = keeping.flatMap { wanted in shown.firstIndex { wanted(rows[$0]) } } ?? 0
        selection = ListSelection()
        selection.select(index, count: shown.count, visibleRows: visibleRows)
    }

    /// Applies a list command (↑ ↓ PgUp PgDn Home End); returns whether it was one.
    @discardableResult
    mutating func apply(_ command: Command, visibleRows: Int) -> Bool {
        selection.apply(command, count: shown.count, visibleRows: visibleRows)
    }

    /// Moves the selection by `delta` rows (clamped).
    mutating func move(by delta: Int, visibleRows: Int) {
        selection.select(selection.selected + delta, count: shown.count, visibleRows: visibleRows)
    }

    /// What an empty list says: nothing matches the filter, or there is nothing yet.
    var emptyText: String {
        filter.isEmpty || rows.isEmpty ? ListView.emptyText : "  (nothing matches \u{201C}\(filter)\u{201D})"
    }
}
