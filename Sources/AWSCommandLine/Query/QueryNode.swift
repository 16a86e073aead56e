import IAMPolicy

/// The syntax tree of a JMESPath expression (https://jmespath.org/specification.html).
/// Index, slice and identity nodes apply to the current value, so `a[0]` is the
/// sub-expression of `a` and `[0]`.
indirect enum QueryNode: Sendable, Equatable {
    /// `@`, and the implicit right side of a projection that ends.
    case current
    /// `name` or `"name"`: the member of an object, else null.
    case field(String)
    /// `left.right`, `left[0]`: `right` evaluated on the result of `left`.
    case subexpression(QueryNode, QueryNode)
    /// `[n]`: the element at `n` (negative from the end), else null.
    case index(Int)
    /// `[start:stop:step]`: Python slice semantics on arrays.
    case slice(start: Int?, stop: Int?, step: Int?)
    /// `left[*].right`, `left[].right`, `left[a:b].right`: `right` on each element of the
    /// array `left` gives, nulls dropped.
    case listProjection(QueryNode, QueryNode)
    /// `left.*.right`: `right` on each value of the object `left` gives, nulls dropped.
    case objectProjection(QueryNode, QueryNode)
    /// `left[?condition].right`: a list projection of the elements where `condition` is true.
    case filterProjection(QueryNode, QueryNode, condition: QueryNode)
    /// `left[]`: one level of nested arrays merged.
    case flatten(QueryNode)
    /// `left OP right`.
    case comparison(QueryComparator, QueryNode, QueryNode)
    /// `left || right`.
    case or(QueryNode, QueryNode)
    /// `left && right`.
    case and(QueryNode, QueryNode)
    /// `!expression`.
    case not(QueryNode)
    /// `` `json` `` or `'raw'`.
    case literal(JSONValue)
    /// `[a, b]`.
    case multiSelectList([QueryNode])
    /// `{k: a, l: b}`.
    case multiSelectHash([QueryKeyValue])
    /// `left | right`.
    case pipe(QueryNode, QueryNode)
    /// `name(arguments)`.
    case function(String, [QueryNode])
    /// `&expression`: the expression itself, for functions such as `sort_by`.
    case expressionReference(QueryNode)
}

/// One `key: expression` pair of a multi-select hash.
struct QueryKeyValue: Sendable, Equatable {
    /// The key in the result.
    var key: String
    /// The value's expression.
    var value: QueryNode
}

/// The comparison operators (https://jmespath.org/specification.html#comparison-operators).
enum QueryComparator: String, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
}
