@testable import AWSCommandLine
import IAMPolicy
import Testing

/// One compliance example: the expression, the input document and the expected result, all
/// as written in the JMESPath specification's examples.
struct QueryExample: CustomTestStringConvertible, Sendable {
    let expression: String
    let input: String
    let expected: String

    init(_ expression: String, _ input: String, _ expected: String) {
        self.expression = expression
        self.input = input
        self.expected = expected
    }

    var testDescription: String { expression }

    /// Checks the example: the result equals the expected JSON exactly (member order and
    /// number literals included, so `2.0` is not `2`).
    func verify(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let document = try JSONParser.parse(input)
        let result = try QueryExpression(expression).search(document)
        let wanted = try JSONParser.parse(expected)
        #expect(result == wanted, "\(expression) on \(input)", sourceLocation: sourceLocation)
    }
}

/// The error `expression` raises on `input`, as the text the user reads.
func queryFailure(_ expression: String, _ input: String = "{}") -> String? {
    do {
        let document = try JSONParser.parse(input)
        _ = try QueryExpression(expression).search(document)
        return nil
    } catch let error as QuerySyntaxError {
        return error.description
    } catch let error as QueryRuntimeError {
        return error.description
    } catch {
        return "\(error)"
    }
}
