/// A top-down operator precedence (Pratt) parser for JMESPath
/// (https://jmespath.org/specification.html#grammar): each token has a "nud" (how it starts an
/// expression) and, if it can continue one, a "led" taking the expression on its left; the
/// loop keeps extending the left side while the next token binds more strongly than the
/// caller's binding power. Error texts and columns follow jmespath.py, which the AWS CLI runs.
struct QueryParser {
    var tokens: [QueryToken]
    var index = 0
    let expression: String
    /// How many expressions are being parsed inside one another; bounded so that a hostile
    /// `((((…` cannot exhaust the stack.
    private var depth = 0
    private static let maximumDepth = 256
    /// The tallest syntax tree accepted; `a.a.a…` nests without nesting the parser, so the
    /// tree's own height is bounded too, and both are checked before the command runs.
    static let maximumHeight = 256

    /// Parses `expression` into a tree.
    static func parse(_ expression: String) throws(QuerySyntaxError) -> QueryNode {
        var parser = QueryParser(tokens: try QueryLexer.tokens(of: expression), expression: expression)
        let node = try parser.expression(0)
        guard parser.current.kind == .eof else {
            throw parser.error("Unexpected token: \(parser.current.text)", at: parser.current)
        }
        return node
    }

    /// An expression whose operators all bind more strongly than `power`.
    mutating func expression(_ power: Int) throws(QuerySyntaxError) -> QueryNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw QuerySyntaxError(kind: .tooDeep, expression: expression) }
        let token = current
        advance()
        var left = try nud(token)
        try checkHeight(of: left)
        while power < current.kind.bindingPower {
            let operatorToken = current
            advance()
            left = try led(operatorToken, left)
            try checkHeight(of: left)
        }
        return left
    }

    private mutating func nud(_ token: QueryToken) throws(QuerySyntaxError) -> QueryNode {
        switch token.kind {
        case .literal:
            return .literal(token.value)
        case .unquotedIdentifier:
            return .field(token.text)
        case .quotedIdentifier:
            if current.kind == .lparen {
                throw error("Quoted identifier not allowed for function names.", at: current, column: 0)
            }
            return .field(token.value.stringValue ?? token.text)
        case .star:
            if current.kind == .rbracket { return .objectProjection(.current, .current) }
            return .objectProjection(.current, try projectionRight(QueryToken.Kind.star.bindingPower))
        case .filter:
            return try filter(on: .current)
        case .lbrace:
            return try multiSelectHash()
        case .lparen:
            let inner = try expression(0)
            try match(.rparen)
            return inner
        case .flatten:
            return .listProjection(.flatten(.current), try projectionRight(QueryToken.Kind.flatten.bindingPower))
        case .not:
            return .not(try expression(QueryToken.Kind.not.bindingPower))
        case .lbracket:
            if current.kind == .number || current.kind == .colon {
                return try indexOrSlice(on: .current)
            }
            if current.kind == .star, tokens[index + 1].kind == .rbracket {
                advance()
                advance()
                return .listProjection(.current, try projectionRight(QueryToken.Kind.star.bindingPower))
            }
            return try multiSelectList()
        case .current:
            return .current
        case .expref:
            return .expressionReference(try expression(QueryToken.Kind.expref.bindingPower))
        case .eof:
            throw QuerySyntaxError(kind: .incomplete, expression: expression)
        default:
            throw error("invalid token", at: token)
        }
    }

    private mutating func led(_ token: QueryToken, _ left: QueryNode) throws(QuerySyntaxError) -> QueryNode {
        switch token.kind {
        case .dot:
            if current.kind == .star {
                advance()
                return .objectProjection(left, try projectionRight(QueryToken.Kind.dot.bindingPower))
            }
            return .subexpression(left, try dotRight(QueryToken.Kind.dot.bindingPower))
        case .pipe:
            return .pipe(left, try expression(QueryToken.Kind.pipe.bindingPower))
        case .or:
            return .or(left, try expression(QueryToken.Kind.or.bindingPower))
        case .and:
            return .and(left, try expression(QueryToken.Kind.and.bindingPower))
        case .eq, .ne, .lt, .lte, .gt, .gte:
            let comparator: QueryComparator = switch token.kind {
            case .eq: .equal
            case .ne: .notEqual
            case .lt: .less
            case .lte: .lessOrEqual
            case .gt: .greater
            default: .greaterOrEqual
            }
            return .comparison(comparator, left, try expression(token.kind.bindingPower))
        case .flatten:
            return .listProjection(.flatten(left), try projectionRight(QueryToken.Kind.flatten.bindingPower))
        case .filter:
            return try filter(on: left)
        case .lbracket:
            if current.kind == .number || current.kind == .colon {
                return try indexOrSlice(on: left)
            }
            try match(.star)
            try match(.rbracket)
            return .listProjection(left, try projectionRight(QueryToken.Kind.star.bindingPower))
        case .lparen:
            return try functionCall(left)
        default:
            // A token that binds but cannot continue an expression (`!`, `{` after a value).
            throw error("invalid token", at: token)
        }
    }

    private func checkHeight(of node: QueryNode) throws(QuerySyntaxError) {
        guard node.fits(height: Self.maximumHeight) else { throw QuerySyntaxError(kind: .tooDeep, expression: expression) }
    }

    // MARK: - Pieces

    private mutating func functionCall(_ left: QueryNode) throws(QuerySyntaxError) -> QueryNode {
        guard case .field(let name) = left else {
            let nameToken = tokens[index - 2]
            throw error("Invalid function name '\(nameToken.text)'", at: nameToken)
        }
        var arguments: [QueryNode] = []
        while current.kind != .rparen {
            let argument = try expression(0)
            if current.kind == .comma { try match(.comma) }
            arguments.append(argument)
        }
        try match(.rparen)
        return .function(name, arguments)
    }

    private mutating func filter(on left: QueryNode) throws(QuerySyntaxError) -> QueryNode {
        let condition = try expression(0)
        try match(.rbracket)
        let right: QueryNode = current.kind == .flatten ? .current : try projectionRight(QueryToken.Kind.filter.bindingPower)
        return .filterProjection(left, right, condition: condition)
    }

    /// `[n]` is a plain index; a slice starts a projection, as the specification says.
    private mutating func indexOrSlice(on left: QueryNode) throws(QuerySyntaxError) -> QueryNode {
        if current.kind == .colon || tokens[index + 1].kind == .colon {
            let slice = try sliceParts()
            let projected: QueryNode = left == .current ? slice : .subexpression(left, slice)
            return .listProjection(projected, try projectionRight(QueryToken.Kind.star.bindingPower))
        }
        let position = current.number
        advance()
        try match(.rbracket)
        return left == .current ? .index(position) : .subexpression(left, .index(position))
    }

    private mutating func sliceParts() throws(QuerySyntaxError) -> QueryNode {
        var parts: [Int?] = [nil, nil, nil]
        var part = 0
        while current.kind != .rbracket, part < 3 {
            if current.kind == .colon {
                part += 1
                if part == 3 { throw error("syntax error", at: current) }
                advance()
            } else if current.kind == .number {
                parts[part] = current.number
                advance()
            } else {
                throw error("syntax error", at: current)
            }
        }
        try match(.rbracket)
        return .slice(start: parts[0], stop: parts[1], step: parts[2])
    }

    /// What follows a projection: nothing (a stopping token), `[...]`, `[?...]` or `.rhs`.
    private mutating func projectionRight(_ power: Int) throws(QuerySyntaxError) -> QueryNode {
        if current.kind.bindingPower < QueryToken.projectionStop { return .current }
        switch current.kind {
        case .lbracket, .filter:
            return try expression(power)
        case .dot:
            try match(.dot)
            return try dotRight(power)
        default:
            throw error("syntax error", at: current)
        }
    }

    /// After a `.`: an identifier, `*`, a multi-select list or hash, or a function call.
    private mutating func dotRight(_ power: Int) throws(QuerySyntaxError) -> QueryNode {
        switch current.kind {
        case .quotedIdentifier, .unquotedIdentifier, .star:
            return try expression(power)
        case .lbracket:
            try match(.lbracket)
            return try multiSelectList()
        case .lbrace:
            try match(.lbrace)
            return try multiSelectHash()
        default:
            let allowed = "['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace']"
            throw error("Expecting: \(allowed), got: \(current.kind.rawValue)", at: current)
        }
    }

    private mutating func multiSelectList() throws(QuerySyntaxError) -> QueryNode {
        var elements: [QueryNode] = []
        while true {
            elements.append(try expression(0))
            if current.kind == .rbracket { break }
            try match(.comma)
        }
        try match(.rbracket)
        return .multiSelectList(elements)
    }

    private mutating func multiSelectHash() throws(QuerySyntaxError) -> QueryNode {
        var pairs: [QueryKeyValue] = []
        while true {
            let keyToken = current
            guard keyToken.kind == .quotedIdentifier || keyToken.kind == .unquotedIdentifier else {
                throw mismatch("['quoted_identifier', 'unquoted_identifier']")
            }
            advance()
            try match(.colon)
            let value = try expression(0)
            pairs.append(QueryKeyValue(key: keyToken.value.stringValue ?? keyToken.text, value: value))
            if current.kind == .comma {
                try match(.comma)
            } else if current.kind == .rbrace {
                try match(.rbrace)
                break
            }
        }
        return .multiSelectHash(pairs)
    }

    // MARK: - Tokens

    private var current: QueryToken { tokens[index] }

    private mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    private mutating func match(_ kind: QueryToken.Kind) throws(QuerySyntaxError) {
        guard current.kind == kind else { throw mismatch(kind.rawValue) }
        advance()
    }

    private func mismatch(_ expected: String) -> QuerySyntaxError {
        if current.kind == .eof { return QuerySyntaxError(kind: .incomplete, expression: expression) }
        return error("Expecting: \(expected), got: \(current.kind.rawValue)", at: current)
    }

    private func error(_ message: String, at token: QueryToken, column: Int? = nil) -> QuerySyntaxError {
        QuerySyntaxError(
            kind: .parse(message: message, position: column ?? token.start, tokenText: token.text, tokenKind: token.kind.rawValue),
            expression: expression
        )
    }
}
