import IAMPolicy

/// `[start:stop:step]` with Python's slice rules, as the specification defines them
/// (https://jmespath.org/specification.html#slices): negative positions count from the end,
/// bounds are clamped, a negative step walks backwards, and a zero step is an error.
struct QuerySlice {
    var start: Int?
    var stop: Int?
    var step: Int?

    /// The selected elements.
    func apply(to items: [JSONValue]) throws(QueryRuntimeError) -> [JSONValue] {
        let step = self.step ?? 1
        guard step != 0 else { throw QueryRuntimeError("slice step cannot be zero") }
        let count = items.count
        let first = Self.bound(start, count: count, step: step, isStart: true)
        let last = Self.bound(stop, count: count, step: step, isStart: false)
        var result: [JSONValue] = []
        var position = first
        // Steps may be as large as the lexer's numbers; stop rather than overflow.
        while step > 0 ? position < last : position > last {
            result.append(items[position])
            let (next, overflow) = position.addingReportingOverflow(step)
            if overflow { break }
            position = next
        }
        return result
    }

    private static func bound(_ value: Int?, count: Int, step: Int, isStart: Bool) -> Int {
        guard let value else {
            if step > 0 { return isStart ? 0 : count }
            return isStart ? count - 1 : -1
        }
        if value < 0 {
            let adjusted = value + count
            return adjusted < 0 ? (step < 0 ? -1 : 0) : adjusted
        }
        return value >= count ? (step < 0 ? count - 1 : count) : value
    }
}
