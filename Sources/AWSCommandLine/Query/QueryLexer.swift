import IAMPolicy

/// Splits a JMESPath expression into tokens (https://jmespath.org/specification.html#grammar),
/// with jmespath.py's lexical quirks where the AWS CLI users meet them: a backtick literal
/// that is not JSON is read as a string (the JEP-12 deprecation path), and a raw string keeps
/// every backslash except the one before `'`.
struct QueryLexer {
    private let scalars: [Unicode.Scalar]
    private let expression: String
    private var position = 0

    /// Creates a lexer over `expression`.
    init(_ expression: String) {
        self.expression = expression
        self.scalars = Array(expression.unicodeScalars)
    }

    /// All tokens, ending with `eof`.
    static func tokens(of expression: String) throws(QuerySyntaxError) -> [QueryToken] {
        var lexer = QueryLexer(expression)
        return try lexer.run()
    }

    private static let simple: [Unicode.Scalar: QueryToken.Kind] = [
        ".": .dot, "*": .star, "]": .rbracket, ",": .comma, ":": .colon, "@": .current,
        "(": .lparen, ")": .rparen, "{": .lbrace, "}": .rbrace,
    ]

    private mutating func run() throws(QuerySyntaxError) -> [QueryToken] {
        guard !scalars.isEmpty else { throw QuerySyntaxError(kind: .empty, expression: expression) }
        var tokens: [QueryToken] = []
        while let scalar = current {
            let start = position
            if let kind = Self.simple[scalar] {
                tokens.append(QueryToken(kind: kind, text: String(scalar), start: start))
                position += 1
            } else if Self.isIdentifierStart(scalar) {
                while let next = current, Self.isIdentifierStart(next) || Self.isDigit(next) { position += 1 }
                tokens.append(QueryToken(kind: .unquotedIdentifier, text: text(start, position), start: start))
            } else if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                position += 1
            } else if scalar == "[" {
                position += 1
                switch current {
                case "]": position += 1; tokens.append(QueryToken(kind: .flatten, text: "[]", start: start))
                case "?": position += 1; tokens.append(QueryToken(kind: .filter, text: "[?", start: start))
                default: tokens.append(QueryToken(kind: .lbracket, text: "[", start: start))
                }
            } else if scalar == "'" {
                let raw = try delimited(by: "'").replacing("\\'", with: "'")
                tokens.append(QueryToken(kind: .literal, text: raw, value: .string(raw), start: start))
            } else if scalar == "`" {
                tokens.append(try literal(start: start))
            } else if scalar == "\"" {
                tokens.append(try quotedIdentifier(start: start))
            } else if Self.isDigit(scalar) || scalar == "-" {
                tokens.append(try number(start: start))
            } else if let token = try operatorToken(scalar, start: start) {
                tokens.append(token)
            } else {
                throw lexical("Unknown token \(scalar)", at: start)
            }
        }
        tokens.append(QueryToken(kind: .eof, text: "", start: scalars.count))
        return tokens
    }

    /// `|`/`||`, `&`/`&&`, `<`/`<=`, `>`/`>=`, `!`/`!=` and `==`.
    private mutating func operatorToken(_ scalar: Unicode.Scalar, start: Int) throws(QuerySyntaxError) -> QueryToken? {
        let pairs: [Unicode.Scalar: (second: Unicode.Scalar, double: QueryToken.Kind, single: QueryToken.Kind?)] = [
            "|": ("|", .or, .pipe), "&": ("&", .and, .expref), "<": ("=", .lte, .lt),
            ">": ("=", .gte, .gt), "!": ("=", .ne, .not), "=": ("=", .eq, nil),
        ]
        guard let pair = pairs[scalar] else { return nil }
        position += 1
        if current == pair.second {
            position += 1
            return QueryToken(kind: pair.double, text: String(scalar) + String(pair.second), start: start)
        }
        guard let single = pair.single else {
            // jmespath.py reports a lone `=` one column early when it ends the expression.
            throw lexical("Unknown token =", at: position == scalars.count ? start - 1 : start)
        }
        return QueryToken(kind: single, text: String(scalar), start: start)
    }

    private mutating func number(start: Int) throws(QuerySyntaxError) -> QueryToken {
        position += 1
        while let next = current, Self.isDigit(next) { position += 1 }
        let digits = text(start, position)
        guard digits != "-" else { throw lexical("Unknown token '-'", at: start) }
        // Python's ints have no limit; an index beyond Int's range selects nothing either way.
        let value = Int(digits) ?? (digits.hasPrefix("-") ? Int.min : Int.max)
        return QueryToken(kind: .number, text: Int(digits).map(String.init) ?? digits, number: value, start: start)
    }

    /// A backtick JSON literal; text that is not JSON becomes a string, as jmespath.py allows.
    private mutating func literal(start: Int) throws(QuerySyntaxError) -> QueryToken {
        let body = try delimited(by: "`").replacing("\\`", with: "`")
        let value: JSONValue
        if let parsed = try? JSONParser.parse(body) {
            value = QueryNumbers.normalized(parsed)
        } else if let parsed = try? JSONParser.parse("\"" + String(body.drop(while: \.isWhitespace)) + "\""),
                  case .string = parsed {
            value = parsed
        } else {
            throw lexical("Bad token \(body)", at: start)
        }
        return QueryToken(kind: .literal, text: PythonText.str(value), value: value, start: start)
    }

    private mutating func quotedIdentifier(start: Int) throws(QuerySyntaxError) -> QueryToken {
        let body = try delimited(by: "\"")
        do throws(JSONSyntaxError) {
            let value = try JSONParser.parse("\"" + body + "\"")
            return QueryToken(kind: .quotedIdentifier, text: value.stringValue ?? body, value: value, start: start)
        } catch {
            let message = PythonText.jsonErrorMessage(error)
            throw lexical(String(message.prefix { $0 != ":" }), at: start)
        }
    }

    /// The text up to the closing `delimiter`; a backslash keeps itself and the next character.
    private mutating func delimited(by delimiter: Unicode.Scalar) throws(QuerySyntaxError) -> String {
        let start = position
        position += 1
        var body = String.UnicodeScalarView()
        while current != delimiter {
            if current == "\\" {
                body.append("\\")
                position += 1
            }
            guard let scalar = current else { throw lexical("Unclosed \(delimiter) delimiter", at: start) }
            body.append(scalar)
            position += 1
        }
        position += 1
        return String(body)
    }

    private var current: Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    private func text(_ from: Int, _ to: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[from..<to])
        return String(view)
    }

    private func lexical(_ message: String, at position: Int) -> QuerySyntaxError {
        QuerySyntaxError(kind: .lexical(message: message, position: position), expression: expression)
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar >= "0" && scalar <= "9"
    }
}
