import IAMPolicy

/// Prints a response as the AWS CLI's formatters do (awscli/formatter.py), with `--query`
/// applied between the response and the formatter: the json and table formatters search the
/// joined result of all pages (NextToken included); the text formatter searches each service
/// page on its own and then the resume token, as the AWS CLI user guide warns
/// (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-filter.html).
struct ResponsePrinter {
    /// The operation, for the table's title and whether it pages.
    let operation: OperationSpec
    /// `--output`.
    let format: OutputFormat
    /// `--query`, compiled.
    let query: QueryExpression?
    /// Columns available to `--output table`.
    let terminalWidth: Int
    /// Whether stdout is a terminal: text from data is then drawn by the display rule.
    var onTerminal = false
    /// Whether `--output table` is coloured (`--color on`, or `auto` on a terminal).
    var colored = false

    /// The text for stdout. `pages` are the per-page views the paginator recorded (empty when
    /// the call did not page).
    func print(_ response: JSONValue, pages: [JSONObject]) throws(CommandError) -> String {
        var body = response
        var resume: JSONValue?
        // The AWS CLI prints the resume token after the pages, as its own `NEXTTOKEN` line.
        if format == .text || format == .yamlStream, operation.pagination != nil, case .object(var object) = body, let token = object["NextToken"] {
            object["NextToken"] = nil
            body = .object(object)
            resume = ["NextToken": ["NextToken": token]]
        }
        switch format {
        case .json:
            let result = try search(body)
            // An empty object (a call with no output) prints nothing; `null` prints `null`.
            if case .object(let object) = result, object.isEmpty { return "" }
            let text = JSONWriter.string(for: result, style: .awsCLI) + "\n"
            return onTerminal ? TerminalSafeText.escapingJSON(text) : text
        case .text:
            var text = ""
            if query != nil, !pages.isEmpty {
                for page in pages { text += TextFormatter.format(try display(search(.object(page)))) }
            } else {
                text = TextFormatter.format(try display(search(body)))
            }
            if let resume { text += TextFormatter.format(try display(search(resume))) }
            return text
        case .table:
            return try TableFormatter.format(display(search(body)), title: operation.name, terminalWidth: terminalWidth, colored: colored,
                                             measure: onTerminal ? .terminal : .awsCLI)
        case .yaml:
            let result = try display(search(body))
            if case .object(let object) = result, object.isEmpty { return "" }
            return YAMLFormatter.document(result)
        case .yamlStream:
            // One document item per service page, each searched on its own (awscli's
            // `StreamedYAMLFormatter`); a call that did not page is one page.
            var views: [JSONValue] = []
            for page in pages.isEmpty ? [body] : pages.map(JSONValue.object) { views.append(try display(search(page))) }
            if let resume { views.append(try display(search(.object(["NextToken": resume["NextToken"]?["NextToken"] ?? .null])))) }
            if views.count == 1, case .object(let object) = views[0], object.isEmpty { return "" }
            return YAMLFormatter.stream(views)
        case .off:
            return ""
        }
    }

    /// What the text, table and YAML formatters lay out: on a terminal, the strings as the display
    /// rule draws them (so widths are measured after sanitizing); elsewhere the data itself.
    private func display(_ value: JSONValue) -> JSONValue {
        onTerminal ? TerminalSafeText.sanitized(value) : value
    }

    /// The query's result, or `value` without a query. A query that fails on the data (a
    /// function's type error) is a general error (exit 255), as in the AWS CLI.
    private func search(_ value: JSONValue) throws(CommandError) -> JSONValue {
        guard let query else { return value }
        do throws(QueryRuntimeError) {
            return try query.search(value)
        } catch {
            throw .other(error.description)
        }
    }
}
