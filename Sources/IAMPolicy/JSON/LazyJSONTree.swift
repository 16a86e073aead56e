import class Foundation.NSLock

/// The JSON tree and location map of a text that is already known to be valid JSON, built on
/// first use. A policy parsed on the fast path (`PolicyByteReader`) never builds either: most
/// documents are only validated, stored and evaluated, and the tree and map cost more than the
/// policy grammar itself. Error messages, re-printing and principal-ID rewriting ask for them.
final class LazyJSONTree: @unchecked Sendable {
    private let source: String
    /// Guards `built` and `builtValue`: documents are `Sendable` and may be read from several threads.
    private let lock = NSLock()
    private var built: (value: JSONValue, locations: JSONLocationMap)?
    /// The value when it was asked for without the locations.
    private var builtValue: JSONValue?

    /// A tree to be parsed from `source` when first asked for.
    init(source: String) {
        self.source = source
    }

    /// A tree already built (by the parser that reported the source's errors).
    init(source: String, value: JSONValue, locations: JSONLocationMap) {
        self.source = source
        self.built = (value, locations)
    }

    /// The parsed value.
    var value: JSONValue {
        lock.lock()
        defer { lock.unlock() }
        if let value = builtValue ?? built?.value { return value }
        // Only texts that parsed are ever handed over; `null` is the never-taken fallback that
        // keeps this free of a force unwrap. The value alone needs no location records.
        let value = (try? JSONParser.parse(source)) ?? .null
        builtValue = value
        return value
    }

    /// Where each node of the value sits in the source.
    var locations: JSONLocationMap {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built.locations }
        let parsed = (try? JSONParser.parseWithLocations(source))
            ?? (value: JSONValue.null, locations: JSONLocationMap(lines: LineTable(source), records: []))
        built = parsed
        return parsed.locations
    }
}
