/// A `pattern` of AWS's service models (Java regular-expression syntax), matched against a
/// whole value as the service does. Only the constructs the IAM and STS models use are
/// understood: character classes (`[\w+=,.@-]`, ranges, `\uXXXX`, `\d`, `\p{L}`/`\p{Z}`/`\p{N}`),
/// literals, groups, `|`, `*`/`+`/`?`/`{m,n}`, `^`/`$` and negative lookahead `(?!…)`.
/// As in Java, `\w` and `\d` are ASCII-only and `\u` takes exactly four hex digits
/// (`\u10FFFF` is `\u10FF` then `FF`). A pattern outside that subset does not parse, and the
/// generator refuses it (no model constraint is silently dropped).
/// Source: https://docs.oracle.com/javase/8/docs/api/java/util/regex/Pattern.html
public struct ModelPattern: Sendable {
    /// The pattern as the model writes it (quoted in AWS's error text).
    public let text: String
    private let root: Node

    /// Parses `text`; nil when it uses a construct outside the supported subset.
    public init?(_ text: String) {
        var parser = Parser(scalars: Array(text.unicodeScalars))
        guard let root = parser.parseAlternation(), parser.position == parser.scalars.count else { return nil }
        self.text = text
        self.root = root
    }

    /// The model's pattern `text`, parsed once per process: every call validates its
    /// parameters, and the model has a few dozen patterns.
    public static func compiled(_ text: String) -> ModelPattern? {
        compiledPatterns.value(for: text) { ModelPattern(text) }
    }

    /// The model's own patterns, so a small set; bounded all the same.
    private static let compiledPatterns = BoundedCache<String, ModelPattern?>(limit: 1024)

    /// Whether the whole of `value` matches.
    public func matches(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        return Matcher(input: scalars).match(root, 0) { $0 == scalars.count }
    }

    indirect enum Node: Sendable {
        case sequence([Node])
        case alternation([Node])
        case characterClass(CharacterClass)
        case literal(Unicode.Scalar)
        case start
        case end
        case negativeLookahead(Node)
        case repeated(Node, min: Int, max: Int)
    }

    struct CharacterClass: Sendable {
        enum Item: Sendable {
            case range(UInt32, UInt32)
            case word
            case digit
            case category(Character)
        }
        var items: [Item]
        var negated: Bool

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            items.contains { item in
                switch item {
                case .range(let low, let high): (low...high).contains(scalar.value)
                case .word: ModelPattern.isASCIIWord(scalar)
                case .digit: (0x30...0x39).contains(scalar.value)
                case .category(let name): ModelPattern.isInCategory(scalar, name)
                }
            } != negated
        }
    }

    static func isASCIIWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: true
        default: false
        }
    }

    /// Java's `\p{L}`, `\p{Z}`, `\p{N}`: the Unicode general categories of letters, separators, numbers.
    static func isInCategory(_ scalar: Unicode.Scalar, _ name: Character) -> Bool {
        switch (name, scalar.properties.generalCategory) {
        case ("L", .uppercaseLetter), ("L", .lowercaseLetter), ("L", .titlecaseLetter), ("L", .modifierLetter), ("L", .otherLetter): true
        case ("Z", .spaceSeparator), ("Z", .lineSeparator), ("Z", .paragraphSeparator): true
        case ("N", .decimalNumber), ("N", .letterNumber), ("N", .otherNumber): true
        default: false
        }
    }
}

extension ModelPattern {
    struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        var next: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        mutating func parseAlternation() -> Node? {
            var branches: [Node] = []
            guard let first = parseSequence() else { return nil }
            branches.append(first)
            while next == "|" {
                position += 1
                guard let branch = parseSequence() else { return nil }
                branches.append(branch)
            }
            return branches.count == 1 ? first : .alternation(branches)
        }

        mutating func parseSequence() -> Node? {
            var items: [Node] = []
            while let scalar = next, scalar != "|", scalar != ")" {
                guard let atom = parseAtom(), let quantified = parseQuantifier(on: atom) else { return nil }
                items.append(quantified)
            }
            return .sequence(items)
        }

        mutating func parseAtom() -> Node? {
            guard let scalar = next else { return nil }
            position += 1
            switch scalar {
            case "(":
                var lookahead = false
                if next == "?" {
                    guard position + 1 < scalars.count, scalars[position + 1] == "!" else { return nil }
                    position += 2
                    lookahead = true
                }
                guard let inner = parseAlternation(), next == ")" else { return nil }
                position += 1
                return lookahead ? .negativeLookahead(inner) : inner
            case "[": return parseClass()
            case "^": return .start
            case "$": return .end
            case "\\":
                guard let escaped = parseEscape() else { return nil }
                switch escaped {
                case .scalar(let value): return .literal(value)
                case .item(let item): return .characterClass(CharacterClass(items: [item], negated: false))
                }
            case "*", "+", "?", "{", ")", "]", ".": return nil
            default: return .literal(scalar)
            }
        }

        enum Escape { case scalar(Unicode.Scalar), item(CharacterClass.Item) }

        /// After a backslash: `\uXXXX`, `\w`, `\d`, `\p{X}`, or an escaped punctuation character.
        mutating func parseEscape() -> Escape? {
            guard let scalar = next else { return nil }
            position += 1
            switch scalar {
            case "u":
                guard position + 4 <= scalars.count,
                      let value = UInt32(String(String.UnicodeScalarView(scalars[position..<position + 4])), radix: 16),
                      let result = Unicode.Scalar(value) else { return nil }
                position += 4
                return .scalar(result)
            case "w": return .item(.word)
            case "d": return .item(.digit)
            case "p":
                guard position + 3 <= scalars.count, scalars[position] == "{", scalars[position + 2] == "}",
                      ["L", "Z", "N"].contains(Character(scalars[position + 1])) else { return nil }
                let name = Character(scalars[position + 1])
                position += 3
                return .item(.category(name))
            default:
                guard !ModelPattern.isASCIIWord(scalar) else { return nil }
                return .scalar(scalar)
            }
        }

        mutating func parseClass() -> Node? {
            var items: [CharacterClass.Item] = []
            var negated = false
            if next == "^" { negated = true; position += 1 }
            while let scalar = next, scalar != "]" {
                position += 1
                var low: Unicode.Scalar
                if scalar == "\\" {
                    guard let escaped = parseEscape() else { return nil }
                    switch escaped {
                    case .item(let item): items.append(item); continue
                    case .scalar(let value): low = value
                    }
                } else {
                    low = scalar
                }
                // A `-` that is neither first nor last makes a range.
                if next == "-", position + 1 < scalars.count, scalars[position + 1] != "]" {
                    position += 1
                    guard var high = next else { return nil }
                    position += 1
                    if high == "\\" {
                        guard case .scalar(let value)? = parseEscape() else { return nil }
                        high = value
                    }
                    guard low.value <= high.value else { return nil }
                    items.append(.range(low.value, high.value))
                } else {
                    items.append(.range(low.value, low.value))
                }
            }
            guard next == "]", !items.isEmpty else { return nil }
            position += 1
            return .characterClass(CharacterClass(items: items, negated: negated))
        }

        mutating func parseQuantifier(on atom: Node) -> Node? {
            switch next {
            case "*": position += 1; return .repeated(atom, min: 0, max: Int.max)
            case "+": position += 1; return .repeated(atom, min: 1, max: Int.max)
            case "?": position += 1; return .repeated(atom, min: 0, max: 1)
            case "{":
                position += 1
                var digits = ""
                while let scalar = next, scalar != "}" { digits.unicodeScalars.append(scalar); position += 1 }
                guard next == "}" else { return nil }
                position += 1
                let parts = digits.split(separator: ",", omittingEmptySubsequences: false)
                guard let low = parts.first.flatMap({ Int($0) }), parts.count <= 2 else { return nil }
                let high = parts.count == 1 ? low : (parts[1].isEmpty ? Int.max : Int(parts[1]) ?? -1)
                guard high >= low else { return nil }
                return .repeated(atom, min: low, max: high)
            default: return atom
            }
        }
    }

    /// A backtracking matcher; a repeated character class (the models' `[…]+`, which meets
    /// policy documents of 131,072 characters) is consumed in a loop, not by recursion.
    struct Matcher {
        let input: [Unicode.Scalar]

        func match(_ node: Node, _ index: Int, _ then: (Int) -> Bool) -> Bool {
            switch node {
            case .literal(let scalar):
                return index < input.count && input[index] == scalar && then(index + 1)
            case .characterClass(let set):
                return index < input.count && set.contains(input[index]) && then(index + 1)
            case .start: return index == 0 && then(index)
            case .end: return index == input.count && then(index)
            case .negativeLookahead(let inner):
                return !match(inner, index) { _ in true } && then(index)
            case .alternation(let branches):
                return branches.contains { match($0, index, then) }
            case .sequence(let items):
                return matchSequence(items[...], index, then)
            case .repeated(.characterClass(let set), let minimum, let maximum):
                var count = 0
                while count < maximum, index + count < input.count, set.contains(input[index + count]) { count += 1 }
                while count >= minimum {
                    if then(index + count) { return true }
                    count -= 1
                }
                return false
            case .repeated(let inner, let minimum, let maximum):
                return matchRepeated(inner, minimum, maximum, done: 0, index, then)
            }
        }

        private func matchSequence(_ items: ArraySlice<Node>, _ index: Int, _ then: (Int) -> Bool) -> Bool {
            guard let first = items.first else { return then(index) }
            return match(first, index) { matchSequence(items.dropFirst(), $0, then) }
        }

        private func matchRepeated(_ inner: Node, _ minimum: Int, _ maximum: Int, done: Int, _ index: Int,
                                   _ then: (Int) -> Bool) -> Bool {
            if done < maximum {
                // Greedy: one more repetition first (never an empty one, which would loop).
                let more = match(inner, index) { next in
                    next > index && matchRepeated(inner, minimum, maximum, done: done + 1, next, then)
                }
                if more { return true }
            }
            return done >= minimum && then(index)
        }
    }
}
