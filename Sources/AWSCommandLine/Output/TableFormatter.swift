import IAMPolicy

/// `--output table`, drawn as the AWS CLI's table formatter draws it: one section per object
/// or list of objects, titled with the operation or key name, scalar keys as sorted column
/// headers, nested values as indented sections; a table wider than the terminal (80 columns
/// when not a TTY) is turned into key/value rows.
struct TableFormatter {
    /// The terminal width to fit.
    var terminalWidth = 80
    var sections: [TableSection] = []
    /// The first row refused for its length; the AWS CLI fails the whole table with it.
    var refusal: String?
    /// How cells are measured.
    var measure: TableMeasure

    /// Creates a formatter for a terminal `terminalWidth` columns wide.
    /// Whether cells and indentation bars are coloured (`--color`).
    var colored = false

    init(terminalWidth: Int = 80, measure: TableMeasure = .awsCLI) {
        self.terminalWidth = terminalWidth
        self.measure = measure
    }

    /// The table for `value` titled `title` (the operation's API name); empty for no data.
    /// Rows of different lengths (a query's ragged lists) fail as the AWS CLI fails (255).
    static func format(_ value: JSONValue, title: String, terminalWidth: Int = 80, colored: Bool = false,
                       measure: TableMeasure = .awsCLI) throws(CommandError) -> String {
        var formatter = TableFormatter(terminalWidth: terminalWidth, measure: measure)
        formatter.colored = colored
        guard formatter.build(title: title, value, indent: 0) else { return "" }
        if let refusal = formatter.refusal { throw .other(refusal) }
        return formatter.render()
    }

    private mutating func newSection(_ title: String, indent: Int) {
        var section = TableSection()
        section.title = title
        section.indentLevel = indent
        section.measure = measure
        sections.append(section)
    }

    private mutating func addRow(_ row: [JSONValue]) {
        guard !sections.isEmpty else { newSection("", indent: 0); return addRow(row) }
        if let problem = sections[sections.count - 1].addRow(row.map(PythonText.str)), refusal == nil { refusal = problem }
    }

    private mutating func setHeaders(_ headers: [String]) {
        guard !sections.isEmpty else { newSection("", indent: 0); return setHeaders(headers) }
        sections[sections.count - 1].setHeaders(headers)
    }

    @discardableResult
    private mutating func build(title: String?, _ value: JSONValue, indent: Int) -> Bool {
        if isFalsy(value) { return false }
        if let title { newSection(title, indent: indent) }
        if case .array(let items) = value {
            if items.first?.objectValue != nil {
                buildList(items, indent: indent, title: title)
            } else {
                for item in items {
                    if TextFormatter.isScalar(item) {
                        addRow([item])
                    } else if let inner = item.arrayValue, inner.allSatisfy(TextFormatter.isScalar) {
                        addRow(inner)
                    } else {
                        build(title: nil, item, indent: 0)
                    }
                }
            }
        }
        if case .object(let object) = value {
            buildObject(object, indent: indent)
        }
        return true
    }

    private mutating func buildObject(_ object: JSONObject, indent: Int) {
        let (headers, more) = Self.groupKeys(object)
        if headers.count == 1, let only = object[headers[0]] {
            addRow([.string(headers[0]), only])
        } else if !headers.isEmpty {
            setHeaders(headers)
            addRow(headers.map { object[$0] ?? .string("") })
        }
        for key in more {
            if let child = object[key] { build(title: key, child, indent: indent + 1) }
        }
    }

    private mutating func buildList(_ items: [JSONValue], indent: Int, title: String?) {
        var headerSet = Set<String>(), moreSet = Set<String>()
        for item in items {
            guard let object = item.objectValue else { continue }
            let (headers, more) = Self.groupKeys(object)
            headerSet.formUnion(headers)
            moreSet.formUnion(more)
        }
        let headers = headerSet.sorted(), more = moreSet.sorted()
        setHeaders(headers)
        var first = true
        for item in items {
            let object = item.objectValue ?? JSONObject()
            if !first, !more.isEmpty {
                newSection(title ?? "", indent: indent)
                setHeaders(headers)
            }
            first = false
            addRow(headers.map { object[$0] ?? .string("") })
            for key in more {
                if let child = object[key] { build(title: key, child, indent: indent + 1) }
            }
        }
    }

    private static func groupKeys(_ object: JSONObject) -> ([String], [String]) {
        var headers: [String] = [], more: [String] = []
        for member in object.members {
            if TextFormatter.isScalar(member.value) { headers.append(member.key) } else { more.append(member.key) }
        }
        return (headers.sorted(), more.sorted())
    }

    /// Python truthiness: empty containers, empty strings, zero, false and null draw nothing.
    private func isFalsy(_ value: JSONValue) -> Bool {
        switch value {
        case .array(let items): items.isEmpty
        case .object(let object): object.isEmpty
        case .string(let text): text.isEmpty
        case .bool(let flag): !flag
        case .null: true
        case .number(let number): number.doubleValue == 0
        }
    }
}
