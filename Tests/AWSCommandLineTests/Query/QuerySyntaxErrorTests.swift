@testable import AWSCommandLine
import Testing

/// Expressions the grammar rejects (https://jmespath.org/specification.html#grammar), with
/// the text jmespath.py gives (jmespath/exceptions.py), which the AWS CLI prints after
/// `Bad value for --query EXPR: `.
@Suite struct QuerySyntaxErrorTests {
    static let cases: [(expression: String, message: String)] = [
        ("", "Invalid JMESPath expression: cannot be empty."),
        ("Roles[?", "Invalid jmespath expression: Incomplete expression:\n\"Roles[?\"\n        ^"),
        ("!", "Invalid jmespath expression: Incomplete expression:\n\"!\"\n  ^"),
        ("foo.", "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: eof: Parse error at column 4, token \"\" (EOF), for expression:\n\"foo.\"\n     ^"),
        ("foo.-1", "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: number: Parse error at column 4, token \"-1\" (NUMBER), for expression:\n\"foo.-1\"\n     ^"),
        ("foo[}", "Expecting: star, got: rbrace: Parse error at column 4, token \"}\" (RBRACE), for expression:\n\"foo[}\"\n     ^"),
        ("foo bar", "Unexpected token: bar: Parse error at column 4, token \"bar\" (UNQUOTED_IDENTIFIER), for expression:\n\"foo bar\"\n     ^"),
        ("foo[?a==]", "invalid token: Parse error at column 8, token \"]\" (RBRACKET), for expression:\n\"foo[?a==]\"\n         ^"),
        ("foo[1:2:3:4]", "syntax error: Parse error at column 9, token \":\" (COLON), for expression:\n\"foo[1:2:3:4]\"\n          ^"),
        ("{a}", "Expecting: colon, got: rbrace: Parse error at column 2, token \"}\" (RBRACE), for expression:\n\"{a}\"\n   ^"),
        ("[a b]", "Expecting: comma, got: unquoted_identifier: Parse error at column 3, token \"b\" (UNQUOTED_IDENTIFIER), for expression:\n\"[a b]\"\n    ^"),
        ("\"foo\"(@)", "Quoted identifier not allowed for function names.: Parse error at column 0, token \"(\" (LPAREN), for expression:\n\"\"foo\"(@)\"\n ^"),
        ("foo[0](@)", "Invalid function name ']': Parse error at column 5, token \"]\" (RBRACKET), for expression:\n\"foo[0](@)\"\n      ^"),
        ("'abc", "Bad jmespath expression: Unclosed ' delimiter:\n'abc\n^"),
        ("a = b", "Bad jmespath expression: Unknown token =:\na = b\n  ^"),
        ("a ~ b", "Bad jmespath expression: Unknown token ~:\na ~ b\n  ^"),
        ("`\"abc`", "Bad jmespath expression: Bad token \"abc:\n`\"abc`\n^"),
        ("\"a\\qb\"", "Bad jmespath expression: Invalid \\escape:\n\"a\\qb\"\n^"),
    ]

    /// Python gives up on deep nesting with a RecursionError; rolecall stops before its stack,
    /// and says where its limit is.
    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "(", count: 5_000) + "a" + String(repeating: ")", count: 5_000)
        #expect(queryFailure(deep) == "maximum recursion depth exceeded: the expression nests deeper than 256 levels")
        #expect(queryFailure(String(repeating: "(", count: 100) + "a" + String(repeating: ")", count: 100)) == nil)
    }

    /// `a.a.a…` and `x[][]…` build a tree as tall as the expression without nesting the parser
    /// (issue #14: exit 139); the tree's height is bounded at compile time.
    @Test(arguments: [String(repeating: "a.", count: 40_000) + "b", "x" + String(repeating: "[]", count: 20_000),
                      String(repeating: "a|", count: 5_000) + "b", String(repeating: "!", count: 5_000) + "a",
                      "a" + String(repeating: "[0]", count: 5_000), String(repeating: "[?", count: 5_000)])
    func tallTreesAreRefusedNotACrash(expression: String) {
        #expect(queryFailure(expression) == "maximum recursion depth exceeded: the expression nests deeper than 256 levels")
    }

    /// A lone `=` reports column -1 in jmespath.py; Python prints no spaces before the caret
    /// (issue #14: "Negative count not allowed").
    @Test func aLoneEqualsSignPutsTheCaretAtTheStart() {
        #expect(queryFailure("=") == "Bad jmespath expression: Unknown token =:\n=\n^")
    }

    /// A long expression is quoted by its first 1,024 characters, never whole.
    @Test func aLongBadExpressionIsQuotedOnlyInPart() throws {
        let message = try #require(queryFailure(String(repeating: "a", count: 100_000) + " ~"))
        #expect(message.hasPrefix("Bad jmespath expression: Unknown token ~:\n" + String(repeating: "a", count: 1_024) + "… (100002 characters)"))
        #expect(message.utf8.count < 1_200)
    }

    @Test(arguments: cases)
    func rejectedExpressionsSayWhereAndWhy(_ example: (expression: String, message: String)) {
        #expect(queryFailure(example.expression) == example.message)
    }
}
