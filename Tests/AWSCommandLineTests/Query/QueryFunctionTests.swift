@testable import AWSCommandLine
import IAMPolicy
import Testing

/// The built-in functions (https://jmespath.org/specification.html#built-in-functions):
/// the specification's examples, and its type errors worded as jmespath.py words them
/// (the AWS CLI prints them as they are).
@Suite struct QueryFunctionTests {
    static let examples: [QueryExample] = [
        QueryExample("abs(@)", "-24", "24"),
        QueryExample("abs(@)", "-1.5", "1.5"),
        QueryExample("avg(@)", "[10, 15, 20]", "15.0"),
        QueryExample("avg(@)", "[]", "null"),
        QueryExample("ceil(@)", "1.001", "2"),
        QueryExample("ceil(@)", "1.9", "2"),
        QueryExample("ceil(@)", "1", "1"),
        QueryExample("floor(@)", "1.001", "1"),
        QueryExample("floor(@)", "-1.5", "-2"),
        QueryExample("contains(@, 'bar')", #""foobar""#, "true"),
        QueryExample("contains(@, 'baz')", #""foobar""#, "false"),
        QueryExample("contains(@, 'b')", #"["a", "b"]"#, "true"),
        QueryExample("contains(@, `1`)", "[1.0, 2]", "true"),
        QueryExample("ends_with(@, 'baz')", #""foobarbaz""#, "true"),
        QueryExample("ends_with(@, 'foo')", #""foobarbaz""#, "false"),
        QueryExample("starts_with(@, 'foo')", #""foobarbaz""#, "true"),
        QueryExample("starts_with(@, 'baz')", #""foobarbaz""#, "false"),
        QueryExample("join(', ', @)", #"["a", "b"]"#, #""a, b""#),
        QueryExample("join('', @)", #"["a", "b"]"#, #""ab""#),
        QueryExample("join(', ', @)", "[]", #""""#),
        QueryExample("keys(@)", #"{"foo": "baz", "bar": "bam"}"#, #"["foo", "bar"]"#),
        QueryExample("values(@)", #"{"foo": "baz", "bar": "bam"}"#, #"["baz", "bam"]"#),
        QueryExample("length(@)", #""abc""#, "3"),
        QueryExample("length(@)", #""✓✓""#, "2"),
        QueryExample("length(@)", "[1, 2, 3]", "3"),
        QueryExample("length(@)", #"{"a": 1, "b": 2}"#, "2"),
        QueryExample("map(&foo, @)", #"[{"foo": "a"}, {"foo": "b"}, {}, [], {"foo": "f"}]"#, #"["a", "b", null, null, "f"]"#),
        QueryExample("map(&[], @)", "[[1, 2, 3, [4]], [5, 6, 7, [8, 9]]]", "[[1, 2, 3, 4], [5, 6, 7, 8, 9]]"),
        QueryExample("max(@)", "[10, 15]", "15"),
        QueryExample("max(@)", #"["a", "b"]"#, #""b""#),
        QueryExample("max(@)", "[]", "null"),
        QueryExample("min(@)", "[10, 15]", "10"),
        QueryExample("min(@)", #"["a", "b"]"#, #""a""#),
        QueryExample("max_by(@, &age).name", #"[{"name": "a", "age": 30}, {"name": "b", "age": 50}, {"name": "c", "age": 50}]"#, #""b""#),
        QueryExample("min_by(@, &age).name", #"[{"name": "a", "age": 30}, {"name": "b", "age": 10}]"#, #""b""#),
        QueryExample("max_by(@, &name).name", #"[{"name": "a"}, {"name": "c"}, {"name": "b"}]"#, #""c""#),
        QueryExample("min_by(@, &age)", "[]", "null"),
        QueryExample("merge(`{\"a\": \"b\"}`, `{\"c\": \"d\"}`)", "{}", #"{"a": "b", "c": "d"}"#),
        QueryExample("merge(`{\"a\": \"b\"}`, `{\"a\": \"override\"}`)", "{}", #"{"a": "override"}"#),
        QueryExample("merge(`{\"a\": \"x\", \"b\": \"y\"}`, `{\"b\": \"override\", \"c\": \"z\"}`)", "{}", #"{"a": "x", "b": "override", "c": "z"}"#),
        QueryExample("not_null(unknown_key, str)", #"{"str": "Foo"}"#, #""Foo""#),
        QueryExample("not_null(a, b, c)", #"{"a": null, "b": null}"#, "null"),
        QueryExample("reverse(@)", "[0, 1, 2, 3, 4]", "[4, 3, 2, 1, 0]"),
        QueryExample("reverse(@)", "[]", "[]"),
        QueryExample("reverse(@)", #""abc""#, #""cba""#),
        QueryExample("sort(@)", #"["b", "a", "c"]"#, #"["a", "b", "c"]"#),
        QueryExample("sort(@)", "[1, 10, 2.5]", "[1, 2.5, 10]"),
        QueryExample("sort(@)", "[]", "[]"),
        QueryExample("sort_by(@, &age)[*].name", #"[{"name": "c", "age": 3}, {"name": "a", "age": 1}, {"name": "b", "age": 1}]"#, #"["a", "b", "c"]"#),
        QueryExample("sort_by(@, &name)[*].age", #"[{"name": "b", "age": 2}, {"name": "a", "age": 1}]"#, "[1, 2]"),
        QueryExample("sum(@)", "[10, 15]", "25"),
        QueryExample("sum(@)", "[1, 2.5]", "3.5"),
        QueryExample("sum(@)", "[]", "0"),
        QueryExample("to_array(@)", #""foo""#, #"["foo"]"#),
        QueryExample("to_array(@)", "[0, 1]", "[0, 1]"),
        QueryExample("to_string(@)", #""foo""#, #""foo""#),
        QueryExample("to_string(@)", "[1, 2]", #""[1,2]""#),
        QueryExample("to_string(@)", #"{"a": "é"}"#, #""{\"a\":\"\\u00e9\"}""#),
        QueryExample("to_number(@)", #""1.0""#, "1.0"),
        QueryExample("to_number(@)", #""1e21""#, "1e+21"),
        QueryExample("to_number(@)", #"" 12 ""#, "12"),
        QueryExample("to_number(@)", #""-007""#, "-7"),
        QueryExample("to_number(@)", #""abc""#, "null"),
        QueryExample("to_number(@)", #""0x10""#, "null"),
        QueryExample("to_number(@)", "5", "5"),
        QueryExample("to_number(@)", "true", "null"),
        QueryExample("type(@)", #""foo""#, #""string""#),
        QueryExample("type(@)", "true", #""boolean""#),
        QueryExample("type(@)", "null", #""null""#),
        QueryExample("type(@)", "1.5", #""number""#),
        QueryExample("type(@)", "[]", #""array""#),
        QueryExample("type(@)", "{}", #""object""#),
        QueryExample("length(Users[?contains(Tags[].Key, 'team')])", #"{"Users": [{"Tags": [{"Key": "team"}]}, {"Tags": []}]}"#, "1"),
    ]

    @Test(arguments: examples) func builtInFunctions(_ example: QueryExample) throws { try example.verify() }

    /// §Built-in Functions: each argument is checked against the function's signature;
    /// jmespath.py's texts (the value printed with Python's `str()`).
    static let typeErrors: [(expression: String, input: String, message: String)] = [
        ("length(@)", "5", #"In function length(), invalid type for value: 5, expected one of: ['string', 'array', 'object'], received: "number""#),
        ("abs(@)", #""-1""#, #"In function abs(), invalid type for value: -1, expected one of: ['number'], received: "string""#),
        ("keys(@)", "[1]", #"In function keys(), invalid type for value: [1], expected one of: ['object'], received: "array""#),
        ("sum(@)", #"[1, "2"]"#, #"In function sum(), invalid type for value: 2, expected one of: ['array-number'], received: "str""#),
        ("max(@)", "[true]", #"In function max(), invalid type for value: True, expected one of: ['array-number', 'array-string'], received: "bool""#),
        ("sort(@)", #"[1, "a"]"#, #"In function sort(), invalid type for value: a, expected one of: ['array-string', 'array-number'], received: "str""#),
        ("join(`1`, @)", #"["a"]"#, #"In function join(), invalid type for value: 1, expected one of: ['string'], received: "number""#),
        ("contains(@, 'a')", "{}", #"In function contains(), invalid type for value: {}, expected one of: ['array', 'string'], received: "object""#),
        ("starts_with(@, 'a')", "null", #"In function starts_with(), invalid type for value: None, expected one of: ['string'], received: "null""#),
        ("sort_by(@, name)", "[{}]", #"In function sort_by(), invalid type for value: None, expected one of: ['expref'], received: "null""#),
        ("sort_by(@, &a)", #"[{"a": 1}, {"a": "x"}]"#, #"In function sort_by(), invalid type for value: x, expected one of: ['number'], received: "string""#),
        ("sort_by(@, &a)", #"[{"a": true}]"#, #"In function sort_by(), invalid type for value: {'a': True}, expected one of: ['string', 'number'], received: "boolean""#),
        ("max_by(@, &a)", #"[{"a": null}]"#, #"In function max_by(), invalid type for value: None, expected one of: ['number', 'string'], received: "null""#),
        ("merge(@, `1`)", "{}", #"In function merge(), invalid type for value: 1, expected one of: ['object'], received: "number""#),
        ("avg(@)", "[null]", #"In function avg(), invalid type for value: None, expected one of: ['array-number'], received: "NoneType""#),
    ]

    @Test(arguments: typeErrors)
    func typeErrorsNameTheFunctionValueAndTypes(_ example: (expression: String, input: String, message: String)) {
        #expect(queryFailure(example.expression, example.input) == example.message)
    }

    /// §Function Expressions: arity and unknown names are errors when the function runs.
    @Test func arityAndUnknownFunctions() {
        #expect(queryFailure("length(@, @)") == "Expected 1 argument for function length(), received 2")
        #expect(queryFailure("abs()") == "Expected 1 argument for function abs(), received 0")
        #expect(queryFailure("merge()") == "Expected at least 1 argument for function merge(), received 0")
        #expect(queryFailure("starts_with(@)") == "Expected 2 arguments for function starts_with(), received 1")
        #expect(queryFailure("foo(@)") == "Unknown function: foo()")
    }
}
