/// Why a compiled `--query` expression failed on the response: a function called with the
/// wrong number or types of arguments, an unknown function, or a value Python cannot order.
/// The text is jmespath.py's (jmespath/exceptions.py `JMESPathTypeError`, `ArityError`,
/// `VariadictArityError`, `UnknownFunctionError`), which the AWS CLI prints as a general
/// error, exit status 255.
public struct QueryRuntimeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message as jmespath.py's `str()` of the exception gives it.
    public var description: String

    /// Creates an error with jmespath.py's text.
    init(_ description: String) {
        self.description = description
    }

    /// `In function f(), invalid type for value: V, expected one of: [...], received: "T"`.
    static func invalidType(function: String, value: String, received: String, expected: [String]) -> QueryRuntimeError {
        let list = "[" + expected.map { "'\($0)'" }.joined(separator: ", ") + "]"
        return QueryRuntimeError("In function \(function)(), invalid type for value: \(value), expected one of: \(list), received: \"\(received)\"")
    }

    /// Too few or too many arguments (`Expected 1 argument for function abs(), received 2`).
    static func arity(function: String, expected: Int, received: Int, variadic: Bool) -> QueryRuntimeError {
        let noun = expected == 1 ? "argument" : "arguments"
        let least = variadic ? "at least " : ""
        return QueryRuntimeError("Expected \(least)\(expected) \(noun) for function \(function)(), received \(received)")
    }

    /// A function name the language does not define.
    static func unknownFunction(_ name: String) -> QueryRuntimeError {
        QueryRuntimeError("Unknown function: \(name)()")
    }
}
