import IAMKit
import IAMPolicy

/// The AWS CLI's automatic pagination: a list operation is called page after page until the
/// service says there is no more, the pages' items are joined, and the paging members
/// (`IsTruncated`, `Marker`) are dropped. `--max-items` stops early and prints a `NextToken`
/// that `--starting-token` resumes from; `--page-size` sets the service's page size.
struct Paginator {
    let operation: OperationSpec
    let arguments: OperationArguments
    let options: GlobalOptions
    /// What each page contributed, as the AWS CLI's text formatter sees it (awscli/formatter.py
    /// `TextFormatter`): the first page's other members, then each page's (trimmed) items.
    /// Recorded only for a `--query` with `--output text`; empty unless the operation paged.
    private(set) var pages: [JSONObject] = []

    /// Runs `call` for every page and returns the joined response.
    mutating func run(_ parameters: JSONObject, call: (JSONObject) throws(CommandError) -> JSONValue) throws(CommandError) -> JSONValue {
        guard let pagination = operation.pagination, !options.noPaginate else {
            return try call(parameters)
        }
        var request = parameters
        if let pageSize = arguments.pageSize {
            guard let size = PythonInt.parse(pageSize) else {
                throw .other("invalid literal for int() with base 10: \(PythonText.repr(pageSize))")
            }
            request[pagination.limitKey] = .number(JSONNumber(size))
        }
        var skip = 0
        if let token = arguments.startingToken {
            guard let decoded = Self.decode(token) else {
                throw .parameter(flag: "--starting-token", message: "Unable to parse the starting token: \(QuotedValue.bounded(token))")
            }
            request[pagination.inputToken] = .string(decoded.marker)
            skip = decoded.skip
        }
        var maxItems: Int?
        if let text = arguments.maxItems {
            guard let value = PythonInt.parse(text) else {
                throw .other("invalid literal for int() with base 10: \(PythonText.repr(text))")
            }
            // Python's ints have no floor; nothing pages 2^31 items, so this bound changes no
            // result and keeps `maxItems - count` from overflowing.
            maxItems = max(value, -Int(Int32.max))
        }
        var items: [String: [JSONValue]] = [:]
        var firstPage: JSONObject?
        var count = 0
        var nextToken: String?
        while true {
            let page = try call(request).objectValue ?? JSONObject()
            if firstPage == nil { firstPage = page }
            var pageItems = pagination.resultKeys.map { page[$0]?.arrayValue ?? [] }
            if skip > 0 {
                pageItems = pageItems.map { Array($0.dropFirst(skip)) }
            }
            let pageCount = pageItems.map(\.count).max() ?? 0
            let marker = page[pagination.outputToken]?.stringValue
            let more = page[pagination.moreResults]?.boolValue ?? (marker != nil)
            if let maxItems, count + pageCount >= maxItems {
                let take = maxItems - count
                // botocore keeps `items[:take]`: a negative take (`--max-items -1`) drops from the end.
                pageItems = pageItems.map { Array(take >= 0 ? $0.prefix(take) : $0.dropLast(-take)) }
                record(pageItems, page: page, first: pages.isEmpty, pagination: pagination)
                for (key, list) in zip(pagination.resultKeys, pageItems) { items[key, default: []] += list }
                if count + pageCount > maxItems {
                    let marker = request[pagination.inputToken]?.stringValue ?? ""
                    nextToken = Self.encode(marker: marker, skip: skip + take)
                } else if more, let marker {
                    nextToken = Self.encode(marker: marker, skip: 0)
                }
                break
            }
            record(pageItems, page: page, first: pages.isEmpty, pagination: pagination)
            for (key, list) in zip(pagination.resultKeys, pageItems) { items[key, default: []] += list }
            count += pageCount
            skip = 0
            guard more, let marker else { break }
            request[pagination.inputToken] = .string(marker)
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

    private mutating func record(_ pageItems: [[JSONValue]], page: JSONObject, first: Bool, pagination: Pagination) {
        // Only a text query reads the pages; everything else prints the joined result.
        guard options.query != nil, options.output == .text else { return }
        var view = JSONObject()
        if first {
            let paging: Set<String> = [pagination.outputToken, pagination.moreResults, pagination.limitKey]
            for member in page where !paging.contains(member.key) && !pagination.resultKeys.contains(member.key) {
                view[member.key] = member.value
            }
        }
        for (key, list) in zip(pagination.resultKeys, pageItems) { view[key] = .array(list) }
        pages.append(view)
    }

    /// botocore's token: Base64 of `{"Marker": ..., "boto_truncate_amount": N}`.
    static func encode(marker: String, skip: Int) -> String {
        var object: JSONObject = ["Marker": .string(marker)]
        if skip > 0 { object["boto_truncate_amount"] = .number(JSONNumber(skip)) }
        return Base64.encode(Array(JSONWriter.string(for: .object(object), style: .compact).utf8))
    }

    static func decode(_ token: String) -> (marker: String, skip: Int)? {
        guard let bytes = Base64.decode(token), let text = String(validating: bytes, as: UTF8.self),
              let value = try? JSONParser.parse(text), let marker = value["Marker"]?.stringValue
        else { return nil }
        return (marker, value["boto_truncate_amount"]?.numberValue?.intValue ?? 0)
    }
}
