import IAMPolicy

/// One token of a JMESPath expression (https://jmespath.org/specification.html#grammar).
/// The kind names are the ones jmespath.py (the library inside the AWS CLI) prints in its
/// parse errors, upper-cased there: `UNQUOTED_IDENTIFIER`, `RBRACKET`, `EOF`.
struct QueryToken: Sendable, Equatable {
    /// What the token is.
    enum Kind: String, Sendable {
        case dot, star, rbracket, comma, colon, current, lparen, rparen, lbrace, rbrace
        case unquotedIdentifier = "unquoted_identifier"
        case quotedIdentifier = "quoted_identifier"
        case flatten, filter, lbracket, literal, number
        case or, pipe, and, expref
        case lt, lte, gt, gte, eq, ne, not
        case eof

        /// How strongly the token binds to the expression on its left (the Pratt parser's
        /// binding power), from the specification's precedence order:
        /// `|` < `||` < `&&` < comparators < `[]` < `*` < `[?` < `.` < `!` < `{` < `[` < `(`.
        var bindingPower: Int {
            switch self {
            case .pipe: 1
            case .or: 2
            case .and: 3
            case .eq, .ne, .lt, .lte, .gt, .gte: 5
            case .flatten: 9
            case .star: 20
            case .filter: 21
            case .dot: 40
            case .not: 45
            case .lbrace: 50
            case .lbracket: 55
            case .lparen: 60
            default: 0
            }
        }
    }

    /// The kind.
    var kind: Kind
    /// The token's text as jmespath.py shows it in errors (an identifier's name, a literal's
    /// Python `str()`, the number, the operator).
    var text: String
    /// The decoded value of a literal or quoted identifier.
    var value: JSONValue = .null
    /// The number of an index or slice part.
    var number = 0
    /// Where the token starts, in Unicode scalars from the expression's start.
    var start: Int

    /// Binding powers below this stop a projection: pipes, `||`, `&&`, comparators, flatten,
    /// and the closing tokens.
    static let projectionStop = 10
}
