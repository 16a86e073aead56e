@testable import AWSCommandLine
import IAMPolicy
import Testing

/// The JMESPath grammar's compliance examples, section by section
/// (https://jmespath.org/specification.html), written from the specification's text.
@Suite struct QueryLanguageTests {
    /// §Identifiers, §Subexpressions: a missing member is null, and null propagates.
    static let identifiersExamples: [QueryExample] = [
        QueryExample("foo", #"{"foo": "value"}"#, #""value""#),
        QueryExample("bar", #"{"foo": "value"}"#, "null"),
        QueryExample("foo", #"{"foo": [0, 1, 2]}"#, "[0, 1, 2]"),
        QueryExample(#""with space""#, #"{"with space": "value"}"#, #""value""#),
        QueryExample(#""special chars: !@#""#, #"{"special chars: !@#": "value"}"#, #""value""#),
        QueryExample(#""quote\"char""#, #"{"quote\"char": "value"}"#, #""value""#),
        QueryExample(#""\u2713""#, #"{"\u2713": "value"}"#, #""value""#),
        QueryExample("foo.bar", #"{"foo": {"bar": "value"}}"#, #""value""#),
        QueryExample(#"foo."bar""#, #"{"foo": {"bar": "value"}}"#, #""value""#),
        QueryExample("foo.bar", #"{"foo": {"baz": "value"}}"#, "null"),
        QueryExample("foo.bar.baz", #"{"foo": {"bar": {"baz": "value"}}}"#, #""value""#),
        QueryExample("foo.bar", #"{"foo": "not an object"}"#, "null"),
    ]

    /// §Index Expressions, §Slices: negative indices count from the end; slices follow
    /// Python's rules, clamp their bounds and may step backwards.
    static let indexesAndSlicesExamples: [QueryExample] = [
        QueryExample("[0]", #"["first", "second", "third"]"#, #""first""#),
        QueryExample("[-1]", #"["first", "second", "third"]"#, #""third""#),
        QueryExample("[3]", #"["first", "second", "third"]"#, "null"),
        QueryExample("[-4]", #"["first", "second", "third"]"#, "null"),
        QueryExample("foo[0]", #"{"foo": {"0": 1}}"#, "null"),
        QueryExample("[0:4:1]", "[0, 1, 2, 3]", "[0, 1, 2, 3]"),
        QueryExample("[0:4]", "[0, 1, 2, 3]", "[0, 1, 2, 3]"),
        QueryExample("[0:3]", "[0, 1, 2, 3]", "[0, 1, 2]"),
        QueryExample("[:2]", "[0, 1, 2, 3]", "[0, 1]"),
        QueryExample("[::2]", "[0, 1, 2, 3]", "[0, 2]"),
        QueryExample("[::-1]", "[0, 1, 2, 3]", "[3, 2, 1, 0]"),
        QueryExample("[-2:]", "[0, 1, 2, 3]", "[2, 3]"),
        QueryExample("[1:-1]", "[0, 1, 2, 3]", "[1, 2]"),
        QueryExample("[10:]", "[0, 1, 2, 3]", "[]"),
        QueryExample("[-10:2]", "[0, 1, 2, 3]", "[0, 1]"),
        QueryExample("[3:0:-1]", "[0, 1, 2, 3]", "[3, 2, 1]"),
        QueryExample("[-1:-10:-2]", "[0, 1, 2, 3]", "[3, 1]"),
        QueryExample("foo[:2].a", #"{"foo": [{"a": 1}, {"a": 2}, {"a": 3}]}"#, "[1, 2]"),
        QueryExample("[1:]", #"{"a": 1}"#, "null"),
        QueryExample("[1::99999999999999999999]", "[0, 1, 2]", "[1]"),
        QueryExample("[99999999999999999999]", "[0, 1, 2]", "null"),
        QueryExample("[-99999999999999999999:]", "[0, 1]", "[0, 1]"),
    ]

    /// §Projections: list, slice, object and flatten projections; nulls are dropped, and a
    /// projection's right side stops at a pipe.
    static let projectionsExamples: [QueryExample] = [
        QueryExample("people[*].first", #"{"people": [{"first": "James", "last": "d"}, {"first": "Jacob", "last": "e"}, {"first": "Jayden", "last": "f"}, {"missing": "different"}], "foo": {"bar": "baz"}}"#, #"["James", "Jacob", "Jayden"]"#),
        QueryExample("people[:2].first", #"{"people": [{"first": "James"}, {"first": "Jacob"}, {"first": "Jayden"}]}"#, #"["James", "Jacob"]"#),
        QueryExample("people[*].first", #"{"people": {"first": "James"}}"#, "null"),
        QueryExample("ops.*.numArgs", #"{"ops": {"functionA": {"numArgs": 2}, "functionB": {"numArgs": 3}, "functionC": {"variadic": true}}}"#, "[2, 3]"),
        QueryExample("ops.*.numArgs", #"{"ops": [1, 2]}"#, "null"),
        QueryExample("reservations[*].instances[*].state", #"{"reservations": [{"instances": [{"state": "running"}, {"state": "stopped"}]}, {"instances": [{"state": "terminated"}, {"state": "running"}]}]}"#, #"[["running", "stopped"], ["terminated", "running"]]"#),
        QueryExample("reservations[].instances[].state", #"{"reservations": [{"instances": [{"state": "running"}, {"state": "stopped"}]}, {"instances": [{"state": "terminated"}, {"state": "running"}]}]}"#, #"["running", "stopped", "terminated", "running"]"#),
        QueryExample("[]", #"[[0, 1], 2, [3], 4, [5, [6, 7]]]"#, "[0, 1, 2, 3, 4, 5, [6, 7]]"),
        QueryExample("[][]", #"[[0, 1], 2, [3], 4, [5, [6, 7]]]"#, "[0, 1, 2, 3, 4, 5, 6, 7]"),
        QueryExample("foo[]", #"{"foo": "bar"}"#, "null"),
        QueryExample("[*].foo", #"[{"foo": 1}, {"bar": 2}, {"foo": null}, {"foo": 3}]"#, "[1, 3]"),
        QueryExample("people[*].first | [0]", #"{"people": [{"first": "James"}, {"first": "Jacob"}]}"#, #""James""#),
        QueryExample("people[*].first[0]", #"{"people": [{"first": "James"}, {"first": "Jacob"}]}"#, "[]"),
        QueryExample("*", #"{"a": 1, "b": {"c": 2}}"#, #"[1, {"c": 2}]"#),
        QueryExample("[*]", "[1, null, 2]", "[1, 2]"),
        QueryExample("[*][0]", "[[1, 2], [3], []]", "[1, 3]"),
    ]

    /// §Filter Expressions, §Comparison Operators, §Or/And/Not Expressions.
    static let filtersExamples: [QueryExample] = [
        QueryExample("foo[?bar > `1`].bar", #"{"foo": [{"bar": 1}, {"bar": 2}, {"bar": 3}]}"#, "[2, 3]"),
        QueryExample("foo[?a == b]", #"{"foo": [{"a": 1, "b": 1}, {"a": 1, "b": 2}, {"a": [1], "b": [1]}]}"#, #"[{"a": 1, "b": 1}, {"a": [1], "b": [1]}]"#),
        QueryExample("foo[?a != `1`].a", #"{"foo": [{"a": 1}, {"a": 2}, {"a": "1"}]}"#, #"[2, "1"]"#),
        QueryExample("foo[?a == `1.0`].a", #"{"foo": [{"a": 1}, {"a": 2}]}"#, "[1]"),
        QueryExample("foo[?a == `true`].a", #"{"foo": [{"a": 1}, {"a": true}]}"#, "[true]"),
        QueryExample("foo[?a == `{\"x\": 1, \"y\": 2}`] | length(@)", #"{"foo": [{"a": {"y": 2, "x": 1}}]}"#, "1"),
        QueryExample("foo[?a < 'b'].a", #"{"foo": [{"a": "a"}, {"a": "c"}]}"#, #"["a"]"#),
        QueryExample("foo[?a >= `2`].a", #"{"foo": [{"a": 1}, {"a": 2}, {"a": null}, {"a": 2.5}]}"#, "[2, 2.5]"),
        QueryExample("foo[?a <= `1`]", #"{"foo": [{"a": true}, {"a": null}]}"#, "[]"),
        QueryExample("[?@ > `1`]", "[1, 2, 3]", "[2, 3]"),
        QueryExample("foo[?flag]", #"{"foo": [{"flag": 0}, {"flag": ""}, {"flag": []}, {"flag": {}}, {"flag": false}, {}]}"#, #"[{"flag": 0}]"#),
        QueryExample("foo || bar", #"{"foo": "foo-value", "bar": "bar-value"}"#, #""foo-value""#),
        QueryExample("foo || bar", #"{"foo": "", "bar": "bar-value"}"#, #""bar-value""#),
        QueryExample("foo || bar", #"{"baz": 1}"#, "null"),
        QueryExample("foo && bar", #"{"foo": "foo-value", "bar": "bar-value"}"#, #""bar-value""#),
        QueryExample("foo && bar", #"{"foo": [], "bar": "bar-value"}"#, "[]"),
        QueryExample("!foo", #"{"foo": []}"#, "true"),
        QueryExample("!foo", #"{"foo": 0}"#, "false"),
        QueryExample("a || b && c", #"{"a": false, "b": true, "c": "c"}"#, #""c""#),
        QueryExample("(a || b) && c", #"{"a": "a", "b": true, "c": "c"}"#, #""c""#),
        QueryExample("!(a == b)", #"{"a": 1, "b": 2}"#, "true"),
        QueryExample("foo[?a == `1` && !b].a", #"{"foo": [{"a": 1, "b": true}, {"a": 1}]}"#, "[1]"),
        QueryExample("foo[?a][]", #"{"foo": [{"a": [1, 2]}, {"a": [3]}]}"#, #"[{"a": [1, 2]}, {"a": [3]}]"#),
    ]

    /// §MultiSelect List, §MultiSelect Hash, §Pipe Expressions, §Current Node, §Literal
    /// Expressions, §Raw String Literals.
    static let selectionsAndLiteralsExamples: [QueryExample] = [
        QueryExample("[foo, bar]", #"{"foo": "a", "bar": "b", "baz": "c"}"#, #"["a", "b"]"#),
        QueryExample("[foo, missing]", #"{"foo": "a"}"#, #"["a", null]"#),
        QueryExample("{foo: foo, bar: bar}", #"{"foo": "a", "bar": "b", "baz": "c"}"#, #"{"foo": "a", "bar": "b"}"#),
        QueryExample(#"{"a b": foo}"#, #"{"foo": 1}"#, #"{"a b": 1}"#),
        QueryExample("[foo, bar]", "null", "null"),
        QueryExample("missing.[a, b]", "{}", "null"),
        QueryExample("people[*].[name, age]", #"{"people": [{"name": "a", "age": 1}, {"name": "b"}]}"#, #"[["a", 1], ["b", null]]"#),
        QueryExample("people[].{n: name}", #"{"people": [{"name": "a"}, {"age": 2}]}"#, #"[{"n": "a"}, {"n": null}]"#),
        QueryExample("foo.*.name | [0]", #"{"foo": {"x": {"name": "one"}, "y": {"name": "two"}}}"#, #""one""#),
        QueryExample("@", #"{"a": 1}"#, #"{"a": 1}"#),
        QueryExample("@.a", #"{"a": 1}"#, "1"),
        QueryExample("`\"foo\"`", "{}", #""foo""#),
        QueryExample("`[1, 2]`", "{}", "[1, 2]"),
        QueryExample("`{\"a\": \"b\"}`", "{}", #"{"a": "b"}"#),
        QueryExample("`1e3`", "{}", "1000.0"),
        QueryExample("`foo`", "{}", #""foo""#),
        QueryExample("`\"a\\`b\"`", "{}", #""a`b""#),
        QueryExample("'foo'", "{}", #""foo""#),
        QueryExample("'a\\'b'", "{}", #""a'b""#),
        QueryExample("'a\\nb'", "{}", #""a\\nb""#),
        QueryExample("'  '", "{}", #""  ""#),
        QueryExample("`  \"foo\"  `", "{}", #""foo""#),
        QueryExample("`  foo`", "{}", #""foo""#),
        QueryExample("'\\u03a6'", "{}", #""\\u03a6""#),
        QueryExample("foo.*[0]", #"{"foo": {"a": [1, 2], "b": [3]}}"#, "[1, 3]"),
        QueryExample("foo[][0]", #"{"foo": [[[1, 2]], [[3]]]}"#, "[1, 3]"),
        QueryExample("a | b | c", #"{"a": {"b": {"c": 7}}}"#, "7"),
        QueryExample("foo.length(@)", #"{"foo": "four"}"#, "4"),
    ]

    @Test(arguments: identifiersExamples) func identifiersAndSubexpressions(_ example: QueryExample) throws { try example.verify() }
    @Test(arguments: indexesAndSlicesExamples) func indexesAndSlices(_ example: QueryExample) throws { try example.verify() }
    @Test(arguments: projectionsExamples) func projections(_ example: QueryExample) throws { try example.verify() }
    @Test(arguments: filtersExamples) func filtersAndLogic(_ example: QueryExample) throws { try example.verify() }
    @Test(arguments: selectionsAndLiteralsExamples) func multiSelectPipesAndLiterals(_ example: QueryExample) throws { try example.verify() }

    /// §Slices: a zero step is an error ("invalid-value"); Python's text.
    @Test func aZeroSliceStepIsAnError() {
        #expect(queryFailure("[::0]", "[1, 2]") == "slice step cannot be zero")
    }

    /// §Comparison Operators: ordering needs two numbers (jmespath.py also orders two
    /// strings); anything else is null, and Python refuses to order a number and a string.
    @Test func orderingOtherTypesIsNullAndMixingNumbersAndStringsFails() throws {
        try QueryExample("a < b", #"{"a": [1], "b": [2]}"#, "null").verify()
        try QueryExample("a < b", #"{"a": true, "b": 2}"#, "null").verify()
        #expect(queryFailure("a < b", #"{"a": 1, "b": "2"}"#) == "'<' not supported between instances of 'int' and 'str'")
    }
}
