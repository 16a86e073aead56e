import IAMKit
import IAMPolicy

/// The AWS CLI's pagination (awscli/customizations/paginate.py and botocore's `PageIterator`,
/// as in AWS CLI 1.45.11 and the v2 releases docs/cli.md names):
///
/// - automatic: a list operation is called page after page until the service says there is
///   no more; the pages' items are joined and the paging members (`IsTruncated`, `Marker`)
///   dropped. `--page-size` sets the service's page size, `--max-items` stops early with a
///   `NextToken` that `--starting-token` resumes from (botocore's token: Base64 of
///   `{"Marker": …, "boto_truncate_amount": N}`, `Marker` null inside the first page).
/// - manual: `--no-paginate`, or a paging member given by hand (`--marker`), calls the
///   service once and prints its raw response; `--max-items` is then the operation's own
///   `MaxItems`, and `--starting-token`/`--page-size` are refused.
struct Paginator {
    let operation: OperationSpec
    let arguments: OperationArguments
    let options: GlobalOptions
    /// Whether the CLI pages automatically.
    let paginates: Bool
    /// What each page contributed, as the AWS CLI's text formatter sees it (awscli/formatter.py
    /// `TextFormatter`): the first page's other members, then each page's (trimmed) items.
    /// Recorded only for a `--query` with `--output text`; empty unless the operation paged.
    private(set) var pages: [JSONObject] = []
    /// Items to drop from the first page (the token's `boto_truncate_amount`).
    private var skip = 0
    /// `--max-items` while paging automatically.
    private var maxItems: Int?

    /// Decides automatic or manual paging and refuses the combinations the AWS CLI refuses
    /// (`check_should_enable_pagination`, run once the arguments are parsed).
    init(operation: OperationSpec, arguments: OperationArguments, options: GlobalOptions) throws(CommandError) {
        self.operation = operation
        self.arguments = arguments
        self.options = options
        guard let pagination = operation.pagination else {
            paginates = false
            return
        }
        // A paging member given by hand turns automatic paging off (awscli: "User has
        // specified a manual pagination arg. Automatically setting --no-paginate").
        let manual = arguments.value(for: pagination.inputToken) != nil
        paginates = !options.noPaginate && !manual
        guard !paginates else { return }
        // `--max-items` is the operation's own MaxItems when the paginator shadows it, so only
        // the other paging flags conflict; a zero or empty value does not count (Python truth).
        var used: [String] = []
        if let token = arguments.startingToken, !token.isEmpty { used.append("--starting-token") }
        if let size = arguments.pageSize, PythonInt.parse(size) != 0 { used.append("--page-size") }
        if let items = arguments.maxItems, !Self.shadowsMaxItems(operation), PythonInt.parse(items) != 0 {
            used.append("--max-items")
        }
        if !used.isEmpty {
            throw .other("Error during pagination: Cannot specify --no-paginate along with pagination arguments: "
                + used.joined(separator: ", "))
        }
    }

    /// Whether the operation has its own `--max-items` member that the paging flag shadows.
    private static func shadowsMaxItems(_ operation: OperationSpec) -> Bool {
        guard let pagination = operation.pagination else { return false }
        return operation.parameter(named: pagination.limitKey)?.cliName == "max-items"
    }

    /// The first request: the page size, the starting token's position, or (paging by hand)
    /// `--max-items` as the operation's MaxItems. botocore validates it like any request.
    mutating func firstRequest(_ parameters: JSONObject) throws(CommandError) -> JSONObject {
        guard let pagination = operation.pagination else { return parameters }
        var request = parameters
        if !paginates {
            if let text = arguments.maxItems, Self.shadowsMaxItems(operation) {
                request[pagination.limitKey] = .number(JSONNumber(try Self.integer(text, flag: "--max-items")))
            }
            return request
        }
        if let text = arguments.pageSize {
            request[pagination.limitKey] = .number(JSONNumber(try Self.integer(text, flag: "--page-size")))
        }
        if let token = arguments.startingToken {
            guard let decoded = Self.decode(token) else {
                throw .parameter(flag: "--starting-token", message: "Unable to parse the starting token: \(QuotedValue.bounded(token))")
            }
            if let marker = decoded.marker { request[pagination.inputToken] = .string(marker) }
            skip = decoded.skip
        }
        if let text = arguments.maxItems {
            // Python's ints have no floor; nothing pages 2^31 items, so this bound changes no
            // result and keeps `maxItems - count` from overflowing.
            maxItems = max(try Self.integer(text, flag: "--max-items"), -Int(Int32.max))
        }
        return request
    }

    /// An integer paging flag (argparse `type=int`).
    private static func integer(_ text: String, flag: String) throws(CommandError) -> Int {
        guard let value = PythonInt.parse(text) else {
            throw .usage("argument \(flag): invalid int value: \(PythonText.repr(text))")
        }
        return value
    }

    /// Runs `call` for every page (once when paging by hand) and returns what the CLI prints.
    mutating func run(_ request: JSONObject, call: (JSONObject) throws(CommandError) -> JSONValue) throws(CommandError) -> JSONValue {
        guard let pagination = operation.pagination, paginates else {
            return try call(request)
        }
        var request = request
        var items: [String: [JSONValue]] = [:]
        var firstPage: JSONObject?
        var count = 0
        var nextToken: String?
        // The position the current page was requested from (null: the beginning).
        var position = request[pagination.inputToken]?.stringValue
        while true {
            let page = try call(request).objectValue ?? JSONObject()
            var pageItems = pagination.resultKeys.map { page[$0]?.arrayValue ?? [] }
            let startingTruncation = firstPage == nil ? skip : 0
            if firstPage == nil, arguments.startingToken != nil {
                // botocore's `_handle_first_request`: the primary result key resumes inside the
                // page; the other result keys were shown in full before, so they start empty.
                pageItems = pageItems.enumerated().map { $0.offset == 0 ? Array($0.element.dropFirst(startingTruncation)) : [] }
            }
            if firstPage == nil { firstPage = page }
            let pageCount = pageItems.first?.count ?? 0
            let marker = page[pagination.outputToken]?.stringValue
            let more = page[pagination.moreResults]?.boolValue ?? (marker != nil)
            if let maxItems, count + pageCount > maxItems {
                // botocore's `_truncate_response`: keep what fits and resume inside this page.
                // Only the primary result key is truncated, as botocore does.
                let keep = maxItems - count
                // `items[:keep]` is Python's slice: a negative keep (`--max-items -1`) drops from the end.
                if !pageItems.isEmpty { pageItems[0] = Array(keep >= 0 ? pageItems[0].prefix(keep) : pageItems[0].dropLast(-keep)) }
                collect(pageItems, page: page, into: &items, pagination: pagination)
                nextToken = Self.encode(marker: position, skip: keep + startingTruncation)
                break
            }
            collect(pageItems, page: page, into: &items, pagination: pagination)
            count += pageCount
            guard more, let marker else { break }
            if let maxItems, count == maxItems {
                // On a page boundary the service's marker is the resume token.
                nextToken = Self.encode(marker: marker, skip: 0)
                break
            }
            request[pagination.inputToken] = .string(marker)
            position = marker
        }
        var result = JSONObject()
        for key in pagination.resultKeys { result[key] = .array(items[key] ?? []) }
        let paging: Set<String> = [pagination.outputToken, pagination.moreResults, pagination.limitKey]
        for member in firstPage ?? JSONObject() where !paging.contains(member.key) && result[member.key] == nil {
            result[member.key] = member.value
        }
        if let nextToken { result["NextToken"] = .string(nextToken) }
        return .object(result)
    }

    private mutating func collect(_ pageItems: [[JSONValue]], page: JSONObject, into items: inout [String: [JSONValue]],
                                  pagination: Pagination) {
        for (key, list) in zip(pagination.resultKeys, pageItems) { items[key, default: []] += list }
        // Only a text query and yaml-stream read the pages; the rest print the joined result.
        guard options.query != nil && options.output == .text || options.output == .yamlStream else { return }
        var view = JSONObject()
        if pages.isEmpty {
            let paging: Set<String> = [pagination.outputToken, pagination.moreResults, pagination.limitKey]
            for member in page where !paging.contains(member.key) && !pagination.resultKeys.contains(member.key) {
                view[member.key] = member.value
            }
        }
        for (key, list) in zip(pagination.resultKeys, pageItems) { view[key] = .array(list) }
        pages.append(view)
    }

    /// botocore's token: Base64 of Python's `json.dumps` of `{"Marker": …}` plus
    /// `"boto_truncate_amount"` when the next page starts inside a service page.
    static func encode(marker: String?, skip: Int) -> String {
        var text = "{\"Marker\": " + (marker.map { QueryPythonJSON.compact(.string($0)) } ?? "null")
        if skip > 0 { text += ", \"boto_truncate_amount\": \(skip)" }
        text += "}"
        return Base64.encode(Array(text.utf8))
    }

    /// The token's position (nil: the beginning) and how many items of that page were shown.
    static func decode(_ token: String) -> (marker: String?, skip: Int)? {
        guard let bytes = Base64.decode(token), let text = String(validating: bytes, as: UTF8.self),
              let value = try? JSONParser.parse(text), case .object(let object) = value
        else { return nil }
        let marker: String?
        switch object["Marker"] {
        case .string(let text)?: marker = text == "None" ? nil : text
        case .null?, nil: marker = nil
        default: return nil
        }
        let skip = object["boto_truncate_amount"]?.numberValue?.intValue ?? 0
        guard skip >= 0 else { return nil }
        // No page holds 2^31 items; the bound keeps `keep + skip` from overflowing.
        return (marker, min(skip, Int(Int32.max)))
    }
}
