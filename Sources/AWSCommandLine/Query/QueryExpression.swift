import IAMPolicy

/// A compiled `--query` expression: JMESPath (https://jmespath.org/specification.html), the
/// language the AWS CLI applies to a response before printing it.
public struct QueryExpression: Sendable, Equatable {
    /// The expression as written.
    public let text: String
    let root: QueryNode

    /// Compiles `text`; a syntax error carries jmespath.py's message.
    public init(_ text: String) throws(QuerySyntaxError) {
        self.text = text
        self.root = try QueryParser.parse(text)
    }

    /// The result of the expression on `value`.
    public func search(_ value: JSONValue) throws(QueryRuntimeError) -> JSONValue {
        try QueryInterpreter().evaluate(root, value)
    }
}
