import IAMKit

/// Why a `--query` expression could not be compiled, worded as jmespath.py words it, because
/// the AWS CLI prints `Bad value for --query EXPR: ` followed by exactly this text
/// (jmespath/exceptions.py: `ParseError`, `IncompleteExpressionError`, `LexerError`,
/// `EmptyExpressionError`).
public struct QuerySyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which of jmespath.py's compile errors this is.
    public enum Kind: Sendable, Equatable {
        /// An empty expression.
        case empty
        /// A character sequence that is not a token (unclosed quote, lone `=`, bad literal).
        case lexical(message: String, position: Int)
        /// The expression ended where more was required.
        case incomplete
        /// A token in a place the grammar does not allow.
        case parse(message: String, position: Int, tokenText: String, tokenKind: String)
        /// Nesting deeper than the parser follows (Python's recursion limit in jmespath.py), or a
        /// syntax tree taller than the interpreter follows (`a.a.a…`, `x[][][]…`).
        case tooDeep
    }

    /// What went wrong.
    public var kind: Kind
    /// The whole expression.
    public var expression: String

    /// jmespath.py's `str()` of the error, caret line included. A long expression is quoted
    /// only in part (`QuotedValue`); the caret is left out when it would point past that part.
    public var description: String {
        let shown = QuotedValue.bounded(expression)
        func caret(_ column: Int) -> String {
            if QuotedValue.isLong(expression), column >= QuotedValue.maximumLength { return "" }
            // Python's `' ' * n` is empty for a negative n (a lone `=` reports column -1).
            return "\n" + String(repeating: " ", count: max(0, column)) + "^"
        }
        switch kind {
        case .empty:
            return "Invalid JMESPath expression: cannot be empty."
        case .lexical(let message, let position):
            return "Bad jmespath expression: \(QuotedValue.bounded(message)):\n\(shown)" + caret(position)
        case .incomplete:
            // The caret sits one past the end; +1 for the opening double quote.
            return "Invalid jmespath expression: Incomplete expression:\n\"\(shown)\"" + caret(expression.unicodeScalars.count + 1)
        case .tooDeep:
            return "maximum recursion depth exceeded: the expression nests deeper than \(QueryParser.maximumHeight) levels"
        case .parse(let message, let position, let text, let kind):
            return "\(QuotedValue.bounded(message)): Parse error at column \(position), token \"\(QuotedValue.bounded(text))\" "
                + "(\(kind.uppercased())), for expression:\n\"\(shown)\"" + caret(position + 1)
        }
    }
}
