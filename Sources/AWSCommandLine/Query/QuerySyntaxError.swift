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
        /// Nesting deeper than the parser follows (Python's recursion limit in jmespath.py).
        case tooDeep
    }

    /// What went wrong.
    public var kind: Kind
    /// The whole expression.
    public var expression: String

    /// jmespath.py's `str()` of the error, caret line included.
    public var description: String {
        switch kind {
        case .empty:
            return "Invalid JMESPath expression: cannot be empty."
        case .lexical(let message, let position):
            return "Bad jmespath expression: \(message):\n\(expression)\n" + String(repeating: " ", count: position) + "^"
        case .incomplete:
            // The caret sits one past the end; +1 for the opening double quote.
            let width = expression.unicodeScalars.count + 1
            return "Invalid jmespath expression: Incomplete expression:\n\"\(expression)\"\n" + String(repeating: " ", count: width) + "^"
        case .tooDeep:
            return "maximum recursion depth exceeded while calling a Python object"
        case .parse(let message, let position, let text, let kind):
            return "\(message): Parse error at column \(position), token \"\(text)\" (\(kind.uppercased())), for expression:\n\"\(expression)\"\n"
                + String(repeating: " ", count: position + 1) + "^"
        }
    }
}
