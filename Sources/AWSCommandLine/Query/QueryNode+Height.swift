/// The height of a syntax tree, bounded: `a.a.a…` and `x[][][]…` parse without recursion
/// (each operator extends the left side), but the tree they build is as tall as the
/// expression is long, and evaluating or freeing a tree walks it recursively. The parser
/// refuses a tree taller than `QueryParser.maximumHeight` before the command runs.
extension QueryNode {
    /// Whether the tree is at most `limit` levels tall. The walk never goes deeper than
    /// `limit`, whatever the tree, and stops at the first path that is too long.
    func fits(height limit: Int) -> Bool {
        guard limit > 0 else { return false }
        let below = limit - 1
        switch self {
        case .current, .field, .index, .slice, .literal:
            return true
        case .subexpression(let left, let right), .listProjection(let left, let right), .objectProjection(let left, let right),
             .comparison(_, let left, let right), .or(let left, let right), .and(let left, let right), .pipe(let left, let right):
            return left.fits(height: below) && right.fits(height: below)
        case .filterProjection(let left, let right, let condition):
            return left.fits(height: below) && right.fits(height: below) && condition.fits(height: below)
        case .flatten(let inner), .not(let inner), .expressionReference(let inner):
            return inner.fits(height: below)
        case .multiSelectList(let elements), .function(_, let elements):
            return elements.allSatisfy { $0.fits(height: below) }
        case .multiSelectHash(let pairs):
            return pairs.allSatisfy { $0.value.fits(height: below) }
        }
    }
}
